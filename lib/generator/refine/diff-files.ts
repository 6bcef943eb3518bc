/*
 * What a refinement changed in the output: one unified diff per added, removed or modified
 * file (schemas and files alike), in path order.
 */
import { createTwoFilesPatch } from 'diff';
import type { GeneratedCode } from '@/schemas';
import { resultFiles } from '@/lib/generator/result-files';

export interface FileDiff {
  path: string;
  status: 'added' | 'removed' | 'modified';
  /** Unified diff, `--- a/path` / `+++ b/path`, three lines of context. */
  patch: string;
}

export function diffFiles(before: GeneratedCode, after: GeneratedCode): FileDiff[] {
  const a = contents(before);
  const b = contents(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const diffs: FileDiff[] = [];
  for (const path of paths) {
    const old = a.get(path);
    const now = b.get(path);
    if (old === now) continue;
    const status = old === undefined ? 'added' : now === undefined ? 'removed' : 'modified';
    const patch = createTwoFilesPatch(old === undefined ? '/dev/null' : `a/${path}`, now === undefined ? '/dev/null' : `b/${path}`, old ?? '', now ?? '');
    diffs.push({ path, status, patch });
  }
  return diffs;
}

function contents(code: GeneratedCode): Map<string, string> {
  return new Map(resultFiles(code).map((f) => [f.path, f.content]));
}
