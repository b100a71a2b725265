import { readFileSync } from "node:fs";
import path from "node:path";
import type { ActionResult } from "@/lib/actions/result";
import { ROOT } from "@/lib/launcher/processes";

/**
 * Calls a server action over HTTP as the browser does: a POST to the page that holds the form,
 * with the action's id in the `Next-Action` header and the arguments encoded as React encodes
 * plain values (JSON). The answer is React's flight format; its first row points at the row
 * holding the action's return value.
 */

type ManifestEntry = { filename?: string; exportedName?: string };

/** The build's id for an exported action, from `.next/server/server-reference-manifest.json`. */
export function findActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`The build has no server action ${exportedName} in ${file}: rebuild with \`npx next build\`.`);
  return found[0];
}

export type ActionCall =
  | { kind: "answered"; status: number; result: ActionResult<unknown> }
  /** An HTTP answer that holds no action result (an error page, a proxy's 502). */
  | { kind: "failed"; status: number; body: string }
  /** No HTTP answer at all: refused, reset, timed out. */
  | { kind: "unreachable"; error: string };

/** The action's return value from a flight response, or null when there is none. */
export function readActionResult(body: string): ActionResult<unknown> | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const reference = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    const row = reference === null ? undefined : rows.get(reference);
    const result = row === undefined ? null : (JSON.parse(row) as unknown);
    return typeof result === "object" && result !== null && typeof (result as { ok?: unknown }).ok === "boolean" ? (result as ActionResult<unknown>) : null;
  } catch {
    return null;
  }
}

export async function callAction(options: {
  baseUrl: string;
  pagePath: string;
  actionId: string;
  cookie: string;
  input: Record<string, unknown>;
  timeoutMs?: number;
}): Promise<ActionCall> {
  try {
    const response = await fetch(options.baseUrl + options.pagePath, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        "next-action": options.actionId,
        origin: options.baseUrl,
        cookie: options.cookie,
      },
      // (previous state, payload): what useActionState passes; defineAction accepts a plain object.
      body: JSON.stringify([null, options.input]),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const body = await response.text();
    const result = response.ok ? readActionResult(body) : null;
    return result ? { kind: "answered", status: response.status, result } : { kind: "failed", status: response.status, body };
  } catch (error) {
    return { kind: "unreachable", error: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
  }
}
