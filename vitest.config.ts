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
    setupFiles: ['./lib/testing/setup.ts'],
    globalSetup: ['./lib/testing/global-setup.ts'],
  },
});
