import { GET as exportVersion } from "@/app/(app)/hr/frameworks/[id]/versions/[number]/export/route";
import { db } from "@/lib/db/client";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { invoke, type Outcome } from "@/tests/support/action-outcome";

/** Calls and reads shared by the framework integration tests. */

export type Action = (previous: unknown, payload: FormData | Record<string, unknown>) => Promise<unknown>;

export async function call(action: Action, input: Record<string, unknown>): Promise<Outcome> {
  return invoke(() => action(null, input));
}

/** The framework an action created, from the redirect to its page. */
export function createdId(outcome: Outcome): string {
  if (outcome.kind !== "redirect") throw new Error(`Expected a redirect, got ${JSON.stringify(outcome)}`);
  return /\/hr\/frameworks\/([^/?]+)/.exec(outcome.location)?.[1] ?? "";
}

export async function draftOf(frameworkId: string) {
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { frameworkId, status: "DRAFT" } });
  return { ...version, doc: version.content as unknown as FrameworkDocument };
}

export async function download(frameworkId: string, number: number, format: "csv" | "json") {
  const response = await exportVersion(new Request(`http://localhost/hr/frameworks/${frameworkId}/versions/${number}/export?format=${format}`), {
    params: Promise.resolve({ id: frameworkId, number: String(number) }),
  });
  return { status: response.status, body: await response.text(), disposition: response.headers.get("Content-Disposition") };
}
