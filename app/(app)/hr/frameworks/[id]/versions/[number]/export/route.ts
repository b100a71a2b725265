import { plainResponse, routePerson } from "@/lib/actions/route-responses";
import { hasAnyRole } from "@/lib/auth/hats";
import { NotFoundError } from "@/lib/db/errors";
import { writeFrameworkCsv } from "@/lib/frameworks/interchange-csv";
import { exportFrameworkJson } from "@/lib/frameworks/json-interchange";
import { getFrameworkVersion } from "@/lib/frameworks/queries";

const NOT_FOUND = "That framework version does not exist or is not in your organisation.";
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function fileName(name: string, number: number, extension: string): string {
  const ascii = name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 60) || "framework";
  return `${ascii}-v${number}.${extension}`;
}

/**
 * GET /hr/frameworks/<id>/versions/<number>/export?format=csv|json: one version as a file.
 * HR admins may download any version; everyone else in the organisation published ones only.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string; number: string }> }) {
  const person = await routePerson();
  if (person instanceof Response) return person;

  const { id, number } = await context.params;
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return plainResponse(400, "Choose format=csv or format=json.");
  if (!ID.test(id) || !/^\d{1,9}$/.test(number)) return plainResponse(404, NOT_FOUND);

  let version;
  try {
    version = await getFrameworkVersion(person.organisationId, id, Number(number));
  } catch (error) {
    if (error instanceof NotFoundError) return plainResponse(404, NOT_FOUND);
    throw error;
  }
  if (version.status !== "PUBLISHED" && !hasAnyRole(person.roles, ["HR_ADMIN"])) return plainResponse(404, NOT_FOUND);

  const name = fileName(version.document.name || version.frameworkName, version.number, format);
  // The byte order mark tells spreadsheet programs the CSV is UTF-8.
  const body = format === "csv" ? `\uFEFF${writeFrameworkCsv(version.document)}` : exportFrameworkJson(version.document);
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
