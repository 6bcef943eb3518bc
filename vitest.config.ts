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
    // Test files share their worker's loaded modules instead of importing everything again per
    // file: on a quiet 2-core machine the PGlite suite took 202 s against 273 s, its import time
    // 15 s against 80 s. Each file still gets its own database (useTestDb); module mocks
    // (vi.mock) would leak into the next file of the worker, so tests make failures real instead.
    isolate: false,
    // Two workers on the 2-core machines CI runs on (Vitest's default is one fewer than the
    // cores): every file has its own database and nothing else runs beside the suites. Measured on
    // a quiet 2-core machine: the PGlite suite 302 s against 501 s with one worker, the PostgreSQL
    // suite 61 s against 109 s. VITEST_MAX_WORKERS overrides it (1 on a machine that is busy).
    maxWorkers: process.env.VITEST_MAX_WORKERS ? Number(process.env.VITEST_MAX_WORKERS) : 2,
    setupFiles: ['./lib/testing/setup.ts'],
    globalSetup: ['./lib/testing/global-setup.ts'],
  },
});
