/*
 * Every file of a result in one list: its low-code schemas, its files and its tests, each path
 * once (a package's tests are among its files too). The page's file browser, the diff of a
 * refinement and the package writer all read a result through here.
 */
import type { GeneratedCode } from '@/schemas';

export interface ResultFile {
  path: string;
  content: string;
  description?: string;
}

export function resultFiles(code: GeneratedCode): ResultFile[] {
  const seen = new Map<string, ResultFile>();
  for (const f of [...(code.schemas ?? []), ...code.files, ...(code.tests ?? [])]) {
    if (!seen.has(f.path)) seen.set(f.path, { path: f.path, content: f.content, description: 'description' in f ? f.description : undefined });
  }
  return [...seen.values()];
}
