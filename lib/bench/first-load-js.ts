import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript per route, gzipped, from the production build (`next build` in Next 16
 * no longer prints it). A route's first load is the build's root main files (React, the Next
 * runtime, Turbopack's loader) plus the client chunks of every segment on the route (layouts and
 * page), as the route's client reference manifest lists them; the `nomodule` polyfills are left
 * out because current browsers never load them. `scriptSources` reads the same list off served
 * HTML, so run.ts can check this method against a real page.
 */

export type RouteFirstLoad = { route: string; files: string[]; gzipBytes: number };

type BuildManifest = { rootMainFiles: string[] };
type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/** Routes and their chunk files, from the manifests' contents; internal routes (/_…) are left out. */
export function routeChunkFiles(
  appPathRoutes: Record<string, string>,
  rootMainFiles: string[],
  entryJSFilesOf: (entry: string) => Record<string, string[]> | undefined,
): { route: string; files: string[] }[] {
  return Object.entries(appPathRoutes)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([entry, route]) => {
      const segments = entryJSFilesOf(entry);
      if (!segments) throw new Error(`The build has no client reference manifest for ${entry}.`);
      // The root's global-error boundary is fetched only when the root layout itself fails.
      const loaded = Object.entries(segments).filter(([segment]) => !segment.endsWith("/global-error"));
      return { route, files: [...new Set([...rootMainFiles, ...loaded.flatMap(([, files]) => files)])] };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The `<script src>` files of an HTML page, as build-relative paths, without `nomodule` ones. */
export function scriptSources(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (src?.startsWith("/_next/")) files.push(decodeURI(src.slice("/_next/".length).split("?")[0] as string));
  }
  return [...new Set(files)];
}

/** The files every route loads (React, the Next.js runtime, the root layout's chunks). */
export function sharedFiles(routes: { files: string[] }[]): string[] {
  const [first, ...rest] = routes;
  return (first?.files ?? []).filter((file) => rest.every((route) => route.files.includes(file)));
}

export function readFirstLoadJs(root: string): { routes: RouteFirstLoad[]; sharedGzipBytes: number } {
  const next = path.join(root, ".next");
  const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(next, file), "utf8")) as T;
  const appPathRoutes = readJson<Record<string, string>>("app-path-routes-manifest.json");
  const { rootMainFiles } = readJson<BuildManifest>("build-manifest.json");
  const routes = routeChunkFiles(appPathRoutes, rootMainFiles, (entry) => readClientReferenceManifest(next, entry)?.entryJSFiles);
  const sizeOf = gzipSizes(next);
  const total = (files: string[]) => files.reduce((sum, file) => sum + sizeOf(file), 0);
  return { routes: routes.map(({ route, files }) => ({ route, files, gzipBytes: total(files) })), sharedGzipBytes: total(sharedFiles(routes)) };
}

/** Gzipped size of a build file (cached: routes share most of their chunks). */
export function gzipSizes(nextDir: string): (file: string) => number {
  const sizes = new Map<string, number>();
  return (file) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(nextDir, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
}

// The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in an empty context.
function readClientReferenceManifest(nextDir: string, entry: string): ClientReferenceManifest | undefined {
  const file = path.join(nextDir, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return undefined;
  const context = vm.createContext({});
  vm.runInContext(readFileSync(file, "utf8"), context);
  const manifests = (context as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> }).__RSC_MANIFEST;
  return manifests?.[entry];
}
