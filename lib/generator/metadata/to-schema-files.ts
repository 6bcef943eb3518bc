/*
 * Serialises a metadata bundle into GeneratedCode files (docs/protocol.md §5): objects, views,
 * apps and dashboards go to `schemas` (their protocol types); datasets and seed records have no
 * schema type in the protocol, so they go to plain `files`. TypeScript output is one module per
 * definition, typed with @objectstack/spec's exported types.
 */
import { stringify } from 'yaml';
import type { GeneratedFile, GeneratedSchemaFile } from '@/lib/generator/types';
import { fromValue, type Stmt } from '@/lib/generator/printer/ast';
import { printModule } from '@/lib/generator/printer/print-code';
import { DEFAULT_STYLE, type CodeStyle } from '@/lib/generator/printer/style';
import type { MetadataBundle } from './spec-types';
import { MODULE_TYPES, typeStatements, type ModuleKind } from './spec-module-types';

export type SchemaFileFormat = 'json' | 'yaml' | 'typescript';

export interface SchemaFiles {
  schemas: GeneratedSchemaFile[];
  files: GeneratedFile[];
}

const EXT: Record<SchemaFileFormat, string> = { json: 'json', yaml: 'yml', typescript: 'ts' };

export function toSchemaFiles(bundle: MetadataBundle, format: SchemaFileFormat = 'typescript', style: CodeStyle = DEFAULT_STYLE): SchemaFiles {
  const file = (dir: string, name: string, kind: ModuleKind, value: unknown) => ({
    path: `src/${dir}/${name}.${kind}.${EXT[format]}`,
    content: serialise(value, format, kind, definitionName(name, kind), style),
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

/** `deal` + `object` → `dealObject`: the exported name of a definition module. */
export function definitionName(name: string, kind: ModuleKind): string {
  return `${camel(name)}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

function serialise(value: unknown, format: SchemaFileFormat, kind: ModuleKind, constName: string, style: CodeStyle): string {
  if (format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  // No anchors/aliases (&a1, *a1) for shared objects: metadata files are read by people.
  if (format === 'yaml') return stringify(value, { aliasDuplicateObjects: false });
  return printModule(definitionModule(value, kind, constName), 'typescript', style);
}

/** The statements of a module exporting one typed definition, named and as default. */
export function definitionModule(value: unknown, kind: ModuleKind, constName: string): Stmt[] {
  return [
    ...typeStatements(kind),
    { kind: 'blank' },
    { kind: 'const', name: constName, exported: true, value: { kind: 'satisfies', expr: fromValue(value), type: MODULE_TYPES[kind].name } },
    { kind: 'blank' },
    { kind: 'export-default', value: { kind: 'ref', name: constName } },
  ];
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
