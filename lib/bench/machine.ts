import os from "node:os";
import type { Machine } from "./report";

/** `loadAverage`: the 1-minute load average when the run started, a sign of other work sharing the machine. */
export function describeMachine(database: string, loadAverage: number): Machine {
  const cpus = os.cpus();
  return { cores: cpus.length, cpuModel: cpus[0]?.model.trim() || "unknown CPU", memoryBytes: os.totalmem(), node: process.version, database, loadAverage };
}
