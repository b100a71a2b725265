import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // Command-line scripts talk to the operator on standard output.
    files: ["prisma/**/*.ts", "lib/launcher/**/*.ts"],
    rules: { "no-console": "off" },
  },
  globalIgnores([".next/**", "lib/db/generated/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**"]),
]);
