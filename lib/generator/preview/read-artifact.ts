/*
 * Reads a generated metadata file back into the value it defines, whatever format it was
 * written in (JSON, YAML, or a TypeScript/JavaScript module), and tells its kind from its name
 * (`src/objects/deal.object.ts`). The preview and the per-file verdicts both start here.
 */
import { parse as parseYaml } from 'yaml';
import type { ArtifactKind } from '@/lib/generator/metadata/validate-artifact';
import { readTsLiteral } from './read-ts-literal';

const KIND_RE = /\.(object|view|app|dashboard|dataset|seed)\.(json|ya?ml|ts|js|mjs)$/;

export type ReadArtifact = { ok: true; value: unknown } | { ok: false; error: string };

/** The artifact kind a path names, or null for other files (README, package.json, Python...). */
export function artifactKindOf(path: string): ArtifactKind | null {
  const m = KIND_RE.exec(path);
  return m ? (m[1] as ArtifactKind) : null;
}

export function readArtifact(path: string, content: string): ReadArtifact {
  try {
    if (path.endsWith('.json')) return { ok: true, value: JSON.parse(content) };
    if (/\.ya?ml$/.test(path)) return { ok: true, value: parseYaml(content) };
    if (/\.(ts|js|mjs)$/.test(path)) return { ok: true, value: readTsLiteral(content) };
    return { ok: false, error: 'Not a JSON, YAML or TypeScript file' };
  } catch (error) {
    return { ok: false, error: `Could not read the file: ${error instanceof Error ? error.message : String(error)}` };
  }
}
