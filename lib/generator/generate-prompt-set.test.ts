/*
 * The whole prompt set (development and held-out) through generate(): every artifact of the
 * low-code output passes @objectstack/spec, no result carries an "Invalid metadata" warning,
 * and every format's result passes GeneratedCodeSchema (R9).
 */
import { describe, expect, it } from 'vitest';
import { GeneratedCodeSchema } from '@/schemas';
import { ApiError } from '@/lib/errors';
import { BENCH_PROMPTS } from '@/bench/generator/prompts';
import { HELDOUT_PROMPTS } from '@/bench/generator/heldout-prompts';
import { generate } from './generate';
import { validateArtifact, type ArtifactKind } from './metadata/validate-artifact';

const PROMPTS = [...BENCH_PROMPTS, ...HELDOUT_PROMPTS];
const FILE_KINDS: Record<string, ArtifactKind> = { dataset: 'dataset', seed: 'seed' };

describe.each(PROMPTS.map((p) => [p.id, p.text]))('%s', (_id, description) => {
  it('low-code artifacts pass @objectstack/spec; every format passes R9', async () => {
    let lowCode: Awaited<ReturnType<typeof generate>>;
    try {
      lowCode = await generate({ description, pluginType: 'app', outputFormat: 'low-code-schema', schemaOptions: { format: 'json' } }, { provider: 'builtin' });
    } catch (error) {
      // A prompt with nothing to build is refused outright, never answered with empty output.
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('nothing_to_generate');
      return;
    }
    for (const s of lowCode.schemas!) expect(validateArtifact(s.type as ArtifactKind, JSON.parse(s.content)).issues, s.path).toEqual([]);
    for (const f of lowCode.files.filter((x) => x.path.endsWith('.json'))) {
      const kind = FILE_KINDS[f.path.split('.').at(-2)!];
      expect(validateArtifact(kind, JSON.parse(f.content)).issues, f.path).toEqual([]);
    }
    for (const outputFormat of ['source-code', 'dsl'] as const) {
      const result = await generate({ description, pluginType: 'app', outputFormat }, { provider: 'builtin' });
      expect(GeneratedCodeSchema.safeParse(result).success).toBe(true);
      // Option-less selects are a warning (the platform accepts them), not an error.
      const errors = result.warnings!.filter((w) => w.startsWith('Invalid metadata') || (w.startsWith('App model:') && !w.endsWith('without options')));
      expect(errors).toEqual([]);
    }
    expect(lowCode.warnings!.filter((w) => w.startsWith('Invalid metadata'))).toEqual([]);
  });
});
