/*
 * scripts/generate.ts, spawned once as a user would run it: JSON on stdout for a good request,
 * and one bad request for the stderr / exit-code path.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { GeneratedCodeSchema } from '@/schemas';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(REPO, 'node_modules/tsx/dist/cli.mjs');
// The CLI must not pick up a language model from the developer's shell.
const ENV = { ...process.env, CONSOLE_AI_BASE_URL: '', CONSOLE_AI_API_KEY: '', CONSOLE_AI_MODEL: '' };

describe('scripts/generate.ts', () => {
  it('prints a GeneratedCode for a prompt, and rejects a bad request on stderr with exit 1', async () => {
    const args = [TSX, 'scripts/generate.ts', 'a library with books and loans; loans belong to a book', '--output-format', 'low-code-schema', '--schema-format', 'yaml'];
    const { stdout } = await run(process.execPath, args, { cwd: REPO, env: ENV });
    const result = GeneratedCodeSchema.parse(JSON.parse(stdout));
    expect(result.schemas!.some((s) => s.path === 'src/objects/loan.object.yml')).toBe(true);

    const bad = await run(process.execPath, [TSX, 'scripts/generate.ts', 'books', '--output-format', 'dsl', '--schema-format', 'json'], { cwd: REPO, env: ENV }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect((bad as { stderr: string }).stderr).toContain('schemaOptions: schemaOptions is only allowed when outputFormat is low-code-schema');
  }, 60_000);
});
