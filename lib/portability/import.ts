import { randomBytes } from "node:crypto";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import type { AppPrismaClient } from "@/lib/db/create-client";
import type { OrganisationDocument } from "./document";
import { PortabilityError } from "./errors";
import { columnTypes, insertRows } from "./bulk-insert";
import { planRows, type PlannedRows } from "./rows";

// Shared with the operator's CLI, which runs outside Next.js: no "server-only" here (which is
// also why the audit event is written directly rather than through lib/audit/record.ts).

type Tx = Parameters<Parameters<AppPrismaClient["$transaction"]>[0]>[0];

const IMPORT_TIMEOUT_MS = 30 * 60_000;
const LISTED = 5;

export const importTargetSchema = z.object({
  slug: z
    .string({ message: "Name the organisation's slug with --slug" })
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, "A slug is 1 to 60 lower-case letters, digits and hyphens, starting and ending with a letter or digit"),
  name: z.string().trim().min(1, "The name cannot be blank").max(200, "Keep the name to 200 characters or fewer").optional(),
});

export type ImportTarget = z.output<typeof importTargetSchema>;

export type ImportResult = {
  organisationId: string;
  slug: string;
  name: string;
  /** Rows written per table. */
  rows: Record<string, number>;
  /** Active HR admins get a password to sign in with the first time, shown once. */
  temporaryPasswords: { email: string; name: string; password: string }[];
};

/** The organisation's rows in every table that has an organisationId, as "Table: n" for the tables that hold any. */
async function rowsHeld(tx: Tx, organisationId: string): Promise<string[]> {
  const tables = await tx.$queryRaw<{ name: string }[]>`
    SELECT c.table_name AS name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.column_name = 'organisationId'
    ORDER BY c.table_name`;
  const counts = await tx.$queryRawUnsafe<{ name: string; rows: number }[]>(
    tables.map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS rows FROM "${name}" WHERE "organisationId" = $1`).join("\nUNION ALL\n"),
    organisationId,
  );
  return counts.filter((count) => count.rows > 0).map((count) => `${count.name}: ${count.rows}`);
}

/** The organisation named by the slug: new, or an existing one that holds nothing yet. */
async function emptyOrganisation(tx: Tx, doc: OrganisationDocument, target: ImportTarget) {
  const data = { name: target.name ?? doc.organisation.name, timeZone: doc.organisation.timeZone };
  const existing = await tx.organisation.findUnique({ where: { slug: target.slug }, select: { id: true } });
  if (!existing) return tx.organisation.create({ data: { ...data, slug: target.slug }, select: { id: true, name: true, slug: true } });
  const held = await rowsHeld(tx, existing.id);
  if (held.length) {
    throw new PortabilityError(`The organisation "${target.slug}" is not empty, so nothing was imported: an import only goes into a new or empty organisation. It holds:`, held);
  }
  return tx.organisation.update({ where: { id: existing.id }, data, select: { id: true, name: true, slug: true } });
}

/** Email addresses are unique across organisations (they are how people sign in). */
async function refuseEmailsInUse(tx: Tx, doc: OrganisationDocument) {
  const taken = await tx.person.findMany({ where: { email: { in: doc.people.map((person) => person.email) } }, select: { email: true }, orderBy: { email: "asc" } });
  if (!taken.length) return;
  throw new PortabilityError(
    `${taken.length} of the file's people already have an account in this installation, so nothing was imported. Email addresses are unique across organisations: import into an installation where they are not in use, or remove the organisation they belong to first.`,
    [...taken.slice(0, LISTED).map((person) => person.email), ...(taken.length > LISTED ? [`… and ${taken.length - LISTED} more`] : [])],
  );
}

async function temporaryPasswordsForHr(doc: OrganisationDocument) {
  const hr = doc.people.filter((person) => person.active && person.roles.includes("HR_ADMIN"));
  return Promise.all(
    hr.map(async (person) => {
      const password = randomBytes(15).toString("base64url");
      return { email: person.email, name: person.name, password, hash: await hashPassword(password) };
    }),
  );
}

/** Each table's rows were typed against its CreateManyInput where planRows built them; planRows lists the tables parents first. */
async function writeRows(tx: Tx, rows: PlannedRows) {
  const types = await columnTypes(tx);
  for (const [table, data] of Object.entries(rows)) await insertRows(tx, types, table, data);
}

/**
 * Writes an organisation file (already checked by readOrganisationFile) into a new or empty
 * organisation, all in one transaction: anything refused or failing writes nothing.
 */
export async function importOrganisation(client: AppPrismaClient, doc: OrganisationDocument, target: ImportTarget): Promise<ImportResult> {
  const passwords = await temporaryPasswordsForHr(doc);
  return client.$transaction(
    async (tx) => {
      const organisation = await emptyOrganisation(tx, doc, target);
      await refuseEmailsInUse(tx, doc);
      const rows = planRows(doc, organisation.id, new Map(passwords.map((entry) => [entry.email, entry.hash])));
      await writeRows(tx, rows);
      const counts = Object.fromEntries(Object.entries(rows).map(([table, data]) => [table, data.length]));
      await tx.auditEvent.create({
        data: {
          organisationId: organisation.id,
          actorId: null,
          action: "organisation.imported",
          entityType: "Organisation",
          entityId: organisation.id,
          summary: `Imported the organisation from a file exported at ${doc.exportedAt}`,
          details: { exportedAt: doc.exportedAt, contents: doc.contents, rows: counts, temporaryPasswordsFor: passwords.map((entry) => entry.email) },
        },
      });
      return {
        organisationId: organisation.id,
        slug: organisation.slug,
        name: organisation.name,
        rows: counts,
        temporaryPasswords: passwords.map(({ email, name, password }) => ({ email, name, password })),
      };
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
  );
}
