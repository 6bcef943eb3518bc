/*
 * The generated packages are real code: the TypeScript package compiles with tsc and its
 * generated vitest tests pass, the JavaScript package's entry runs under Node (defineStack
 * validates it at load), the Python package imports and its tests pass, and low-code
 * TypeScript modules compile. Packages are written to the OS temp folder with a node_modules
 * link to the repo's, so '@objectstack/spec' and vitest resolve while the repo's own vitest
 * run never discovers the generated test files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@/lib/generator/generate';
import { writePackage } from './write-package';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../../../..');
const DESCRIPTION = 'a CRM with accounts, contacts and deals; deals have an amount, a stage and a close date and belong to an account; tasks are assigned to a user and have a priority';
let base: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'generator-compile-'));
  // One link for every package below: module resolution walks up to it.
  await symlink(path.join(REPO, 'node_modules'), path.join(base, 'node_modules'), 'junction');
});
afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

async function tsc(dir: string): Promise<string> {
  try {
    await run(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], { cwd: dir });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

async function hasPython(): Promise<boolean> {
  try {
    await run('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

describe('generated packages compile and run', () => {
  it('TypeScript package: tsc --noEmit is clean and its vitest tests pass', async () => {
    const code = await generate({ description: DESCRIPTION, pluginType: 'app', framework: { testing: 'vitest' }, style: { indentation: 'tab', quotes: 'double', semicolons: false, trailingComma: false } }, { provider: 'builtin' });
    const dir = path.join(base, 'ts');
    await writePackage(code, dir);
    expect(await tsc(dir)).toBe('');
    // Its own config, so vitest doesn't pick up the console's (found by walking up the folders).
    await writeFile(path.join(dir, 'vitest.config.mjs'), "export default { test: { include: ['tests/**/*.test.ts'] } };\n");
    const vitest = [path.join(REPO, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--config', path.join(dir, 'vitest.config.mjs')];
    const { stdout } = await run(process.execPath, vitest, { cwd: dir });
    expect(stdout).toMatch(/Tests\s+.*passed/);
  }, 180_000);

  it('JavaScript package: the entry loads and defineStack accepts it', async () => {
    const code = await generate({ description: DESCRIPTION, pluginType: 'app', language: 'javascript' }, { provider: 'builtin' });
    const dir = path.join(base, 'js');
    await writePackage(code, dir);
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "const m = await import('./objectstack.config.js'); console.log(m.default.manifest.id, m.default.objects.length)"], { cwd: dir });
    expect(stdout.trim()).toBe('com.objectstack.plugin.crm 4');
  }, 60_000);

  it('low-code TypeScript modules compile against @objectstack/spec types', async () => {
    const code = await generate({ description: DESCRIPTION, pluginType: 'app', outputFormat: 'low-code-schema' }, { provider: 'builtin' });
    const dir = path.join(base, 'low-code');
    await writePackage(code, dir);
    const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true };
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src/**/*.ts'] }));
    expect(await tsc(dir)).toBe('');
  }, 120_000);

  it('Python package: imports and its tests pass', async (ctx) => {
    if (!(await hasPython())) ctx.skip();
    const code = await generate({ description: DESCRIPTION, pluginType: 'app', language: 'python' }, { provider: 'builtin' });
    const dir = path.join(base, 'py');
    await writePackage(code, dir);
    // pytest may not be installed: call each test_ function the way pytest would.
    const script = [
      'import sys, importlib.util',
      "sys.path.insert(0, 'src')",
      "spec = importlib.util.spec_from_file_location('t', 'tests/test_crm.py')",
      'module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)',
      "names = [n for n in dir(module) if n.startswith('test_')]",
      '[getattr(module, n)() for n in names]',
      'print(len(names))',
    ].join('\n');
    const { stdout } = await run('python3', ['-c', script], { cwd: dir });
    expect(Number(stdout.trim())).toBe(5);
  }, 60_000);
});
