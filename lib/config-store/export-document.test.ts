import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { RegistryConfigSchema } from '@/schemas';
import { exportDocument } from './export-document';
import type { DocumentView } from './document-view';

const view: DocumentView = {
  kind: 'registry',
  scope: 'installation',
  version: 3,
  body: RegistryConfigSchema.parse({ type: 'hybrid', upstream: [{ url: 'https://registry.npmjs.org', auth: { type: 'bearer', token: '••••••••' } }] }),
  exists: true,
  authorName: 'ops@example.com',
  comment: '',
  createdAt: new Date().toISOString(),
  restoredFrom: null,
};

describe('document export', () => {
  it('writes JSON and YAML that parse back to the document', async () => {
    const json = await exportDocument(view, null, 'json');
    expect(json.filename).toBe('installation.registry.v3.json');
    expect(JSON.parse(json.text)).toEqual(view.body);
    const yaml = await exportDocument(view, null, 'yaml');
    expect(parseYaml(yaml.text)).toEqual(view.body);
  });

  it('serves the JSON Schema generated from the Zod schema', async () => {
    const schema = JSON.parse((await exportDocument(view, null, 'schema')).text);
    expect(schema.properties.type.enum).toEqual(['public', 'private', 'hybrid']);
  });

  it('writes a TypeScript module typed with the protocol type that compiles', async () => {
    const ts = await exportDocument(view, null, 'ts');
    expect(ts.text).toContain('export interface RegistryConfig');
    expect(ts.text).toContain('const config: RegistryConfig =');
    expect(ts.text).toContain('export default config;');
    mkdirSync(path.join(process.cwd(), '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(process.cwd(), '.tmp', 'export-ts-'));
    writeFileSync(path.join(dir, 'registry.ts'), ts.text);
    execFileSync(process.execPath, [path.join(process.cwd(), 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', path.join(dir, 'registry.ts')], { stdio: 'pipe' });
  }, 60_000);
});
