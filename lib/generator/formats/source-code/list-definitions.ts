/*
 * The definitions a source package is made of, one module each, in a stable order: objects,
 * views, apps, dashboards, datasets, then sample records. Both emitters walk this list.
 */
import type { MetadataBundle } from '@/lib/generator/metadata/spec-types';
import type { ModuleKind } from '@/lib/generator/metadata/spec-module-types';
import { definitionName } from '@/lib/generator/metadata/to-schema-files';

export interface Definition {
  kind: ModuleKind;
  /** Folder of the module, also the collection it belongs to in the stack. */
  collection: 'objects' | 'views' | 'apps' | 'dashboards' | 'datasets' | 'seeds';
  /** snake_case name of the module file. */
  name: string;
  /** Exported constant (camelCase): `dealObject`. */
  constName: string;
  value: unknown;
  description: string;
}

export function listDefinitions(bundle: MetadataBundle): Definition[] {
  const def = (kind: ModuleKind, collection: Definition['collection'], name: string, value: unknown, description: string): Definition => ({
    kind, collection, name, constName: definitionName(name, kind), value, description,
  });
  return [
    ...bundle.objects.map((o) => def('object', 'objects', o.name, o, `${o.label} object`)),
    ...bundle.views.map((v) => def('view', 'views', v.object, v.definition, `List and form views of ${v.object}`)),
    ...bundle.apps.map((a) => def('app', 'apps', a.name, a, `${a.label} app and its navigation`)),
    ...bundle.dashboards.map((d) => def('dashboard', 'dashboards', d.name, d, d.label)),
    ...bundle.datasets.map((d) => def('dataset', 'datasets', d.name, d, `Dataset behind the ${d.object} widgets`)),
    ...bundle.records.map((s) => def('seed', 'seeds', s.object, s, `Sample ${s.object} records`)),
  ];
}
