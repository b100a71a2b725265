import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Finds every endpoint a browser can reach: each export of an `app/**\/actions.ts`
 * ("use server" files, so every export is a server action) and each HTTP method
 * exported by an `app/**\/route.ts`. Keys look like
 * `app/(app)/hr/people/actions.ts#createPersonAction`.
 */

export const ROOT = path.resolve(import.meta.dirname, "../..");

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type Endpoint = { key: string; file: string; name: string; kind: "action" | "route"; value: unknown };

function filesUnder(directory: string): string[] {
  return (readdirSync(path.join(ROOT, directory), { recursive: true, encoding: "utf8" }) as string[])
    .map((file) => path.posix.join(directory, file.split(path.sep).join("/")))
    .sort();
}

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

export async function discoverEndpoints(): Promise<Endpoint[]> {
  const endpoints: Endpoint[] = [];
  for (const file of filesUnder("app")) {
    const base = path.posix.basename(file);
    if (base !== "actions.ts" && base !== "route.ts") continue;
    const exports = await load(file);
    for (const [name, value] of Object.entries(exports)) {
      if (base === "route.ts" && !(HTTP_METHODS as readonly string[]).includes(name)) continue; // route segment config
      endpoints.push({ key: `${file}#${name}`, file, name, kind: base === "actions.ts" ? "action" : "route", value });
    }
  }
  return endpoints;
}

/**
 * Files that declare server actions outside an `actions.ts` (a "use server" file
 * of another name, or an inline "use server" function): endpoints the matrix
 * would not see.
 */
export function serverActionsOutsideActionFiles(): string[] {
  return ["app", "components", "lib"]
    .flatMap(filesUnder)
    .filter((file) => /\.(ts|tsx|js|jsx|mjs)$/.test(file) && !file.startsWith("lib/db/generated/"))
    .filter((file) => path.posix.basename(file) !== "actions.ts")
    .filter((file) => /^\s*["']use server["'];?\s*$/m.test(readFileSync(path.join(ROOT, file), "utf8")));
}

/** One endpoint by its matrix key. */
export async function loadEndpoint(key: string): Promise<unknown> {
  const [file, name] = key.split("#");
  if (!file || !name) throw new Error(`Matrix keys look like "app/…/actions.ts#exportName", not "${key}"`);
  const exports = await load(file);
  if (!(name in exports)) throw new Error(`${file} has no export named ${name}`);
  return exports[name];
}
