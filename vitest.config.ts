import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{server,shared,client,test,bench}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    // One real PostgreSQL server per run; test files call createTestDatabase(inject("postgresUrl")).
    globalSetup: ["test/helpers/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
