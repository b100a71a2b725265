/**
 * Runs one reliability script: what it starts registers how to undo it, and that is undone in
 * reverse order whether the script passes, fails, throws or is interrupted (Ctrl-C). The exit
 * code is 0 only when every check passed.
 */

type Undo = { what: string; undo: () => Promise<unknown> };

export type Cleanup = { add(what: string, undo: () => Promise<unknown>): void };

export function runScript(name: string, main: (cleanup: Cleanup) => Promise<boolean>): void {
  const undos: Undo[] = [];
  let finishing: Promise<never> | undefined;

  const finish = (code: number): Promise<never> => {
    finishing ??= (async () => {
      for (const { what, undo } of undos.splice(0).reverse()) {
        await undo().catch((error: unknown) => console.error(`${name}: could not ${what}: ${error instanceof Error ? error.message : String(error)}`));
      }
      process.exit(code);
    })();
    return finishing;
  };

  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void finish(130));

  main({ add: (what, undo) => undos.push({ what, undo }) })
    .then((passed) => finish(passed ? 0 : 1))
    .catch((error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return finish(1);
    });
}
