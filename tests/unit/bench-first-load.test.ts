import { describe, expect, it } from "vitest";
import { routeChunkFiles, scriptSources, sharedFiles } from "@/lib/bench/first-load-js";
import { readSettings } from "@/lib/bench/settings";

describe("first-load JavaScript", () => {
  const routes = {
    "/(app)/hr/people/page": "/hr/people",
    "/(app)/hr/people/export/route": "/hr/people/export",
    "/_not-found/page": "/_not-found",
    "/(auth)/sign-in/page": "/sign-in",
  };
  const manifests: Record<string, Record<string, string[]>> = {
    "/(app)/hr/people/page": {
      "[project]/app/layout": ["static/chunks/root.js"],
      "[project]/app/global-error": ["static/chunks/global-error.js"],
      "[project]/app/(app)/hr/people/page": ["static/chunks/root.js", "static/chunks/people.js"],
    },
    "/(auth)/sign-in/page": { "[project]/app/layout": ["static/chunks/root.js"], "[project]/app/(auth)/sign-in/page": ["static/chunks/form.js"] },
  };

  it("lists each page route's root main files plus its segments' chunks, once each, leaving out route handlers, internal pages and the global error boundary", () => {
    expect(routeChunkFiles(routes, ["static/chunks/react.js", "static/chunks/root.js"], (entry) => manifests[entry])).toEqual([
      { route: "/hr/people", files: ["static/chunks/react.js", "static/chunks/root.js", "static/chunks/people.js"] },
      { route: "/sign-in", files: ["static/chunks/react.js", "static/chunks/root.js", "static/chunks/form.js"] },
    ]);
  });

  it("finds the files every route loads", () => {
    expect(sharedFiles([{ files: ["react.js", "root.js", "people.js"] }, { files: ["react.js", "form.js", "root.js"] }])).toEqual(["react.js", "root.js"]);
    expect(sharedFiles([])).toEqual([]);
  });

  it("refuses a build whose page has no client reference manifest", () => {
    expect(() => routeChunkFiles(routes, [], () => undefined)).toThrow("no client reference manifest for /(app)/hr/people/page");
  });

  it("reads the script files a served page loads, without nomodule polyfills or other hosts", () => {
    const html =
      '<head><script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script>' +
      '<script src="https://elsewhere.test/x.js"></script><script>self.__next_f=[]</script></head><body><script src="/_next/static/chunks/b%20c.js?v=1" async=""></script>' +
      '<script src="/_next/static/chunks/a.js" async=""></script></body>';
    expect(scriptSources(html)).toEqual(["static/chunks/a.js", "static/chunks/b c.js"]);
  });
});

describe("bench settings", () => {
  it("defaults to 16 connections, 10 s per page, port 3200 and the embedded database", () => {
    expect(readSettings({})).toEqual({ port: 3200, connections: 16, seconds: 10, rounds: 2, warmupSeconds: 3, browserRuns: 5, scale: 1, databaseServerUrl: undefined });
  });

  it("takes tuning from the environment and prefers BENCH_DATABASE_URL to TEST_DATABASE_URL", () => {
    const settings = readSettings({ BENCH_PORT: "3300", BENCH_SECONDS: "20", BENCH_WARMUP_SECONDS: "", BENCH_DATABASE_URL: "postgresql://a@h/x", TEST_DATABASE_URL: "postgresql://b@h/y" });
    expect(settings).toMatchObject({ port: 3300, seconds: 20, warmupSeconds: 3, connections: 16, databaseServerUrl: "postgresql://a@h/x" });
    expect(readSettings({ TEST_DATABASE_URL: "postgresql://b@h/y" }).databaseServerUrl).toBe("postgresql://b@h/y");
  });

  it("refuses nonsense, naming the variable", () => {
    expect(() => readSettings({ BENCH_SECONDS: "ten" })).toThrow("BENCH_SECONDS");
    expect(() => readSettings({ BENCH_PORT: "80" })).toThrow("BENCH_PORT");
    expect(() => readSettings({ BENCH_SCALE: "0" })).toThrow("BENCH_SCALE");
  });
});
