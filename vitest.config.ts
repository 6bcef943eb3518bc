import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
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
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is a single
    // worker, the suite runs file after file and the second core idles (the main process only
    // collects results). At least two workers; VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? Math.max(2, availableParallelism() - 1)),
    setupFiles: ['./lib/testing/setup.ts'],
    globalSetup: ['./lib/testing/global-setup.ts'],
  },
});
