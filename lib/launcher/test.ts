import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, ROOT, run } from "./processes";

/**
 * `npm test`: lint, typecheck, unit and integration tests, a production build and
 * the browser tests, then one closing line "N passed, N failed". Integration tests
 * run on the embedded database unless TEST_DATABASE_URL/DATABASE_URL names a
 * server; TEST_SERVER_DATABASE_URL runs them a second time against that server.
 * The authorisation matrix and the hostile-input suite call every action many times
 * and take most of the time: with a server they run there only, not twice.
 */
type Step = { name: string; ok: boolean; passed: number; failed: number };

const RESULTS = path.join(ROOT, "test-results");

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function check(name: string, command: string, args: string[]): Promise<Step> {
  console.info(`\n━━ ${name}`);
  const ok = (await run(command, args)) === 0;
  return { name, ok, passed: 0, failed: ok ? 0 : 1 };
}

const EVERY_ACTION_SUITES = ["tests/integration/authorisation-matrix.test.ts", "tests/integration/bad-input.test.ts"];

async function vitest(name: string, project: string[], env: NodeJS.ProcessEnv = process.env, exclude: string[] = []): Promise<Step> {
  console.info(`\n━━ ${name}`);
  const output = path.join(RESULTS, `vitest-${name.replace(/\W+/g, "-")}.json`);
  const projects = project.flatMap((p) => ["--project", p]);
  const excluded = exclude.flatMap((file) => ["--exclude", file]);
  const code = await run(bin("vitest"), ["run", ...projects, ...excluded, "--reporter=default", "--reporter=json", `--outputFile=${output}`], env);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(output);
  const failed = report?.numFailedTests ?? 0;
  return { name, ok: code === 0, passed: report?.numPassedTests ?? 0, failed: code !== 0 && failed === 0 ? 1 : failed };
}

async function playwright(): Promise<Step> {
  console.info("\n━━ browser tests");
  const code = await run(bin("playwright"), ["test"]);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(path.join(RESULTS, "e2e-results.json"));
  const failed = (report?.stats.unexpected ?? 0) + (report?.stats.flaky ?? 0);
  return { name: "browser tests", ok: code === 0, passed: report?.stats.expected ?? 0, failed: code !== 0 && failed === 0 ? 1 : failed };
}

async function main() {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const steps: Step[] = [];

  steps.push(await check("lint", bin("eslint"), [".", "--max-warnings=0"]));
  steps.push(await check("typecheck", bin("tsc"), ["--noEmit"]));
  const server = process.env.TEST_SERVER_DATABASE_URL;
  steps.push(await vitest("unit and integration", ["unit", "integration"], process.env, server ? EVERY_ACTION_SUITES : []));
  if (server) steps.push(await vitest("integration on PostgreSQL server", ["integration"], { ...process.env, TEST_DATABASE_URL: server }));

  const build = await check("production build", bin("next"), ["build"]);
  steps.push(build);
  if (build.ok && existsSync(path.join(ROOT, ".next", "BUILD_ID"))) steps.push(await playwright());
  else steps.push({ name: "browser tests", ok: false, passed: 0, failed: 1 });

  console.info("\n━━ summary");
  for (const step of steps) {
    const counts = step.passed || step.failed > 1 ? ` (${step.passed} passed, ${step.failed} failed)` : "";
    console.info(`${step.ok ? "✔" : "✘"} ${step.name}${counts}`);
  }
  const passed = steps.reduce((sum, s) => sum + s.passed, 0);
  const failed = steps.reduce((sum, s) => sum + s.failed, 0);
  console.info(`${passed} passed, ${failed} failed`);
  process.exit(steps.every((s) => s.ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.info("0 passed, 1 failed");
  process.exit(1);
});
