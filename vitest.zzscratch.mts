import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js enforces server-only imports at build time; under Vitest they are plain modules.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: { server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: { server: { deps: { inline: ["next-auth"] } },
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        test: { server: { deps: { inline: ["next-auth"] } },
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/integration-database.ts"],
          setupFiles: ["tests/support/integration-setup.ts", "tests/support/fail-on-console-error.ts"],
          // The embedded database serves one connection, so files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
