import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openLargeTarget } from "@/lib/bench/large/target";

describe("where seed:large writes", () => {
  const made: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "large-target-"));
    made.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses an embedded data directory that already holds a database unless told to replace it", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "pglite"));
    await expect(openLargeTarget({ LARGE_DATA_DIR: dir }, false)).rejects.toThrow(/already holds a database.*--replace/);
    expect(readdirSync(dir)).toEqual(["pglite"]);
  });

  it("never deletes a directory holding files it did not make, even when told to replace it", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.txt"), "keep me");
    await expect(openLargeTarget({ LARGE_DATA_DIR: dir }, true)).rejects.toThrow(/did not make \(notes\.txt\)/);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });
});
