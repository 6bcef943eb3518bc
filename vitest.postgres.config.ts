import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suites that touch storage, run against the real PostgreSQL of scripts/with-postgres.sh.
// (Not mergeConfig: it would append to the base include list instead of replacing it.)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['lib/config-store/**/*.test.ts', 'lib/aiops/ingest/**/*.test.ts', 'lib/auth/**/*.test.ts', 'lib/db/**/*.test.ts', 'app/api/**/*.test.ts', 'lib/**/*.pg.test.ts'],
  },
});
