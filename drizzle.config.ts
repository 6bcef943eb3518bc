import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from lib/db/schema.ts; they run on start (lib/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './lib/db/migrations',
});
