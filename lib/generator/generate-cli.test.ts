/*
 * The CLI as `npm run generate` runs it (scripts/generate-cli.mjs: a startup snapshot of scripts/generate/cli.ts):
 * JSON on stdout for a good request, the plan with --plan, and the stderr / exit-code paths.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { GeneratedCodeSchema } from '@/schemas';
import { GenerationPlanSchema } from '@/schemas/generator-api';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'scripts/generate-cli.mjs');
// The CLI must not pick up a language model from the developer's shell.
const ENV = { ...process.env, CONSOLE_AI_BASE_URL: '', CONSOLE_AI_API_KEY: '', CONSOLE_AI_MODEL: '' };

describe('npm run generate', () => {
  it('prints a GeneratedCode for a prompt, and rejects a bad request on stderr with exit 1', async () => {
    const args = [CLI, 'a library with books and loans; loans belong to a book', '--output-format', 'low-code-schema', '--schema-format', 'yaml'];
    const { stdout } = await run(process.execPath, args, { cwd: REPO, env: ENV });
    const result = GeneratedCodeSchema.parse(JSON.parse(stdout));
    expect(result.schemas!.some((s) => s.path === 'src/objects/loan.object.yml')).toBe(true);

    const bad = await run(process.execPath, [CLI, 'books', '--output-format', 'dsl', '--schema-format', 'json'], { cwd: REPO, env: ENV }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect((bad as { stderr: string }).stderr).toContain('schemaOptions: schemaOptions is only allowed when outputFormat is low-code-schema');

    const { stdout: planned } = await run(process.execPath, [CLI, 'Tickets have a title and a status of open, on hold or closed.', '--plan'], { cwd: REPO, env: ENV });
    const plan = GenerationPlanSchema.parse(JSON.parse(planned));
    expect(plan.objects[0].fields.find((f) => f.name === 'status')?.options).toEqual(['Open', 'On Hold', 'Closed']);

    const german = await run(process.execPath, [CLI, 'Wir brauchen eine App für unsere Zahnarztpraxis mit Patienten und Terminen.', '--plan'], { cwd: REPO, env: ENV }).catch((e: { code: number; stderr: string }) => e);
    expect(german).toMatchObject({ code: 1 });
    expect((german as { stderr: string }).stderr).toMatch(/^error: The description looks like German/);
  }, 180_000);
});
