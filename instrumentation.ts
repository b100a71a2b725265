export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@/lib/env");
    const env = getEnv();
    // `next build` may load this hook while it prerenders; jobs belong to the running server only.
    if (env.JOBS === "on" && process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobs } = await import("@/lib/jobs/start");
      void startJobs();
    }
  }
}
