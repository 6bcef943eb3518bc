/*
 * Serialises a metadata bundle into GeneratedCode-style files (PROTOCOL.md §5): objects, views,
 * apps and dashboards go to `schemas` (their protocol types); datasets and seed records have no
 * schema type in the protocol, so they go to plain `files`.
 */
import { stringify } from 'yaml';
import type { GeneratedSchemaFile } from '@/lib/generator/types';
import type { MetadataBundle } from './spec-types';

export type SchemaFileFormat = 'json' | 'yaml' | 'typescript';

export interface SchemaFiles {
  schemas: GeneratedSchemaFile[];
  files: { path: string; content: string; description?: string }[];
}

const EXT: Record<SchemaFileFormat, string> = { json: 'json', yaml: 'yml', typescript: 'ts' };

export function toSchemaFiles(bundle: MetadataBundle, format: SchemaFileFormat = 'typescript'): SchemaFiles {
  const file = (dir: string, name: string, kind: string, value: unknown) => ({
    path: `src/${dir}/${name}.${kind}.${EXT[format]}`,
    content: serialise(value, format, `${camel(name)}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`),
  });
  const schemas: GeneratedSchemaFile[] = [
    ...bundle.objects.map((o) => ({ type: 'object' as const, ...file('objects', o.name, 'object', o), description: `${o.label} object` })),
    ...bundle.views.map((v) => ({ type: 'view' as const, ...file('views', v.object, 'view', v.definition), description: `List and form views of ${v.object}` })),
    ...bundle.apps.map((a) => ({ type: 'app' as const, ...file('apps', a.name, 'app', a), description: `${a.label} app` })),
    ...bundle.dashboards.map((d) => ({ type: 'dashboard' as const, ...file('dashboards', d.name, 'dashboard', d), description: d.label })),
  ];
  const files = [
    ...bundle.datasets.map((d) => ({ ...file('datasets', d.name, 'dataset', d), description: `Dataset for ${d.object} widgets` })),
    ...bundle.records.map((s) => ({ ...file('data', s.object, 'seed', s), description: `Sample ${s.object} records` })),
  ];
  return { schemas, files };
}

function serialise(value: unknown, format: SchemaFileFormat, constName: string): string {
  if (format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  if (format === 'yaml') return stringify(value);
  return `export const ${constName} = ${JSON.stringify(value, null, 2)} as const;\n`;
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
