/**
 * `npm run db:generate` (also the package's `postinstall`) — runs `prisma generate`.
 *
 * `prisma generate` does not use the schema engine, but the CLI still tries to download the
 * engine binary unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file, and nothing can be
 * downloaded on our machines. Any existing file will do; we point it at the Node binary.
 * (Migrations run through the WebAssembly engine instead: see prisma/engine.ts.)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const projectRoot = path.resolve(__dirname, "..");
const bin = path.join(
  projectRoot,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "prisma.cmd" : "prisma",
);

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

const child = spawn(bin, ["generate", ...process.argv.slice(2)], {
  cwd: projectRoot,
  env,
  stdio: "inherit",
  shell: process.platform === "win32",
});
child.on("error", (error) => {
  console.error(`db:generate: could not run ${bin}: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) console.error(`db:generate: prisma generate was killed by ${signal}`);
  process.exit(code ?? 1);
});
