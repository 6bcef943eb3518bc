import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Unit and integration tests. The storage suite runs twice: against in-memory PGlite and,
// when TEST_DATABASE_URL is set by scripts/test.sh, against a real PostgreSQL.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', 'data/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default: one worker fewer than the cores (one on 2 cores). Two workers measured
    // slower on the shared 2-core machine (87 s against 71 s for config-store, users and schemas
    // at load 5-7); VITEST_MAX_WORKERS=2 tries it on a quiet one.
    maxWorkers: process.env.VITEST_MAX_WORKERS ? Number(process.env.VITEST_MAX_WORKERS) : undefined,
    setupFiles: ['./lib/testing/setup.ts'],
    globalSetup: ['./lib/testing/global-setup.ts'],
  },
});
