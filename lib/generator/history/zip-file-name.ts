/*
 * The download's file name: the app's machine name (from the package name or the app model)
 * and the generation's short id, so two downloads of one app don't overwrite each other.
 */
import type { GeneratedCode } from '@/schemas';
import { MODEL_FILE } from '@/lib/generator/formats/rendered';

export function zipFileName(code: GeneratedCode, id: string): string {
  const fromPackage = code.package?.name.split('/').pop();
  const fromModel = /^app\s+([a-z][a-z0-9_]*)/m.exec(code.files.find((f) => f.path === MODEL_FILE)?.content ?? '')?.[1];
  const base = (fromPackage || fromModel || 'generated-app').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${base}-${id.slice(0, 8)}.zip`;
}
