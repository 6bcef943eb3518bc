/*
 * Time per prompt through generate() for each output format (the full pipeline: request
 * parsing, reading, metadata, spec validation, rendering, result check), with the built-in
 * provider. Prompts with nothing to build are refused by generate() and not timed.
 */
import type { CodeGenerationRequestInput } from '@/schemas';
import { generate } from '@/lib/generator/generate';
import type { BenchPrompt } from './prompts';

export interface FormatTiming {
  format: string;
  timed: number;
  refused: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export const FORMAT_CASES: { format: string; request: Omit<CodeGenerationRequestInput, 'description' | 'pluginType'> }[] = [
  { format: 'low-code-schema json', request: { outputFormat: 'low-code-schema', schemaOptions: { format: 'json' } } },
  { format: 'low-code-schema yaml', request: { outputFormat: 'low-code-schema', schemaOptions: { format: 'yaml' } } },
  { format: 'low-code-schema typescript', request: { outputFormat: 'low-code-schema', schemaOptions: { format: 'typescript' } } },
  { format: 'source-code typescript', request: { outputFormat: 'source-code', language: 'typescript' } },
  { format: 'source-code javascript', request: { outputFormat: 'source-code', language: 'javascript' } },
  { format: 'source-code python', request: { outputFormat: 'source-code', language: 'python' } },
  { format: 'dsl', request: { outputFormat: 'dsl' } },
];

export async function timeFormats(prompts: BenchPrompt[]): Promise<FormatTiming[]> {
  await generate({ description: 'warm up: a crm with accounts', pluginType: 'app' }, { provider: 'builtin' });
  const rows: FormatTiming[] = [];
  for (const { format, request } of FORMAT_CASES) {
    const times: number[] = [];
    let refused = 0;
    for (const p of prompts) {
      const start = performance.now();
      try {
        await generate({ ...request, description: p.text, pluginType: 'app' }, { provider: 'builtin' });
        times.push(performance.now() - start);
      } catch {
        refused += 1;
      }
    }
    times.sort((a, b) => a - b);
    rows.push({ format, timed: times.length, refused, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times.at(-1) ?? 0 });
  }
  return rows;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
