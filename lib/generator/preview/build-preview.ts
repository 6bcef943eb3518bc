/*
 * What the live preview draws: the objects, views, app, dashboard, datasets and sample records
 * of a result, read back from its files. Results without readable metadata files (DSL output,
 * Python packages, generateDataModels off) are previewed from their app model (app.dsl), and
 * say so, so the operator knows the preview is of the model rather than of the files.
 */
import type { GeneratedCode } from '@/schemas';
import { parseDsl } from '@/lib/generator/dsl/parse-dsl';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { MODEL_FILE } from '@/lib/generator/formats/rendered';
import type { AppDef, DashboardDef, DatasetDef, MetadataBundle, NamedView, ObjectDef, SeedDef, ViewDef } from '@/lib/generator/metadata/spec-types';
import { artifactKindOf, readArtifact } from './read-artifact';

export interface PreviewBundle extends MetadataBundle {
  source: 'files' | 'model';
}

export function buildPreview(code: GeneratedCode): PreviewBundle | null {
  const fromFiles = readBundle(code);
  if (fromFiles.objects.length) return { source: 'files', ...fromFiles };
  const dsl = code.files.find((f) => f.path === MODEL_FILE);
  if (!dsl) return null;
  try {
    return { source: 'model', ...buildMetadata(parseDsl(dsl.content)) };
  } catch {
    return null;
  }
}

function readBundle(code: GeneratedCode): MetadataBundle {
  const bundle: MetadataBundle = { objects: [], views: [], apps: [], dashboards: [], datasets: [], records: [] };
  const files = [...(code.schemas ?? []), ...code.files];
  for (const file of files) {
    const kind = artifactKindOf(file.path);
    if (!kind) continue;
    const read = readArtifact(file.path, file.content);
    if (!read.ok || !read.value || typeof read.value !== 'object') continue;
    const value = read.value;
    if (kind === 'object') bundle.objects.push(value as ObjectDef);
    else if (kind === 'view') bundle.views.push(namedView(file.path, value as ViewDef));
    else if (kind === 'app') bundle.apps.push(value as AppDef);
    else if (kind === 'dashboard') bundle.dashboards.push(value as DashboardDef);
    else if (kind === 'dataset') bundle.datasets.push(value as DatasetDef);
    else if (kind === 'seed') bundle.records.push(value as SeedDef);
  }
  return bundle;
}

/** A view document names its object in its data source; the file name is the fallback. */
function namedView(path: string, definition: ViewDef): NamedView {
  const data = (definition as { list?: { data?: { object?: string } } }).list?.data;
  const object = data?.object ?? path.split('/').pop()!.split('.')[0];
  return { name: `${object}_views`, object, definition };
}
