/*
 * A verdict per generated metadata file: read back from its text and checked against
 * @objectstack/spec (validateArtifact), so the page can badge each file as valid or list the
 * spec's exact issues. Checks the text that ships, not the model it came from.
 */
import type { GeneratedCode } from '@/schemas';
import { validateArtifact, type ArtifactIssue, type ArtifactKind } from '@/lib/generator/metadata/validate-artifact';
import { artifactKindOf, readArtifact } from './read-artifact';

export interface FileVerdict {
  path: string;
  kind: ArtifactKind;
  status: 'valid' | 'invalid' | 'unreadable';
  issues: ArtifactIssue[];
}

/** Verdicts for every schemas[] entry and every other file named like a metadata file, in path order. */
export function validateFiles(code: GeneratedCode): FileVerdict[] {
  const entries = new Map<string, { kind: ArtifactKind; content: string }>();
  for (const s of code.schemas ?? []) {
    const kind = artifactKindOf(s.path) ?? (['object', 'view', 'app', 'dashboard'].includes(s.type) ? (s.type as ArtifactKind) : null);
    if (kind) entries.set(s.path, { kind, content: s.content });
  }
  for (const f of code.files) {
    const kind = artifactKindOf(f.path);
    if (kind && !entries.has(f.path)) entries.set(f.path, { kind, content: f.content });
  }
  return [...entries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, { kind, content }]) => verdictOf(path, kind, content));
}

function verdictOf(path: string, kind: ArtifactKind, content: string): FileVerdict {
  const read = readArtifact(path, content);
  if (!read.ok) return { path, kind, status: 'unreadable', issues: [{ path: '', message: read.error, code: 'unreadable' }] };
  const checked = validateArtifact(kind, read.value);
  return { path, kind, status: checked.ok ? 'valid' : 'invalid', issues: checked.issues };
}
