/*
 * Benchmark of the built-in generator: entity and field precision/recall/F1 and time per
 * prompt over BENCH_PROMPTS, then time per prompt through generate() for each output format
 * (median, p95). Run with `npx tsx bench/generator/run.ts` (add --misses to list every miss).
 * The P/R/F1 table's time covers understandPrompt + buildMetadata, after one warm-up call.
 */
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { BENCH_PROMPTS, type BenchPrompt } from './prompts';
import { HELDOUT_PROMPTS } from './heldout-prompts';
import { f1, promptQuality, rankCorrelation, scorePrompt, type Counts } from './score';
import { timeFormats, type FormatTiming } from './time-formats';

export interface BenchRow {
  id: string;
  entities: Counts;
  fields: Counts;
  confidence: number;
  /** Mean of the prompt's entity F1 and field F1. */
  quality: number;
  ms: number;
  misses: string[];
}

export function runGeneratorBenchmark(prompts: BenchPrompt[] = BENCH_PROMPTS): BenchRow[] {
  understandPrompt('warm up: a crm with accounts');
  return prompts.map((p) => {
    const start = performance.now();
    const model = understandPrompt(p.text);
    buildMetadata(model, { generateUI: true, generateDataModels: true, includeExamples: true });
    const ms = performance.now() - start;
    const score = scorePrompt(model, p);
    return { id: p.id, entities: score.entities, fields: score.fields, confidence: model.confidence, quality: promptQuality(score), ms, misses: score.misses };
  });
}

function sum(rows: BenchRow[], key: 'entities' | 'fields'): Counts {
  return rows.reduce((acc, r) => ({ tp: acc.tp + r[key].tp, fp: acc.fp + r[key].fp, fn: acc.fn + r[key].fn }), { tp: 0, fp: 0, fn: 0 });
}

function printTable(rows: BenchRow[], showMisses: boolean): void {
  const pct = (n: number) => n.toFixed(2);
  console.log('| prompt | entity P | entity R | field P | field R | conf | ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const e = f1(r.entities);
    const f = f1(r.fields);
    console.log(`| ${r.id} | ${pct(e.precision)} | ${pct(e.recall)} | ${pct(f.precision)} | ${pct(f.recall)} | ${r.confidence} | ${r.ms.toFixed(1)} |`);
    if (showMisses) for (const m of r.misses) console.log(`|   ${m} |`);
  }
  const e = f1(sum(rows, 'entities'));
  const f = f1(sum(rows, 'fields'));
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log('');
  console.log(`prompts: ${rows.length}`);
  console.log(`entities: P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}`);
  console.log(`fields:   P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}`);
  // Prompts that expect nothing (nonsense) are refusals, not results to rank.
  const ranked = rows.filter((r) => r.entities.tp + r.entities.fn > 0);
  console.log(`confidence vs quality: rank correlation ${rankCorrelation(ranked.map((r) => r.confidence), ranked.map((r) => r.quality)).toFixed(2)} over ${ranked.length} prompts`);
  console.log(`time: median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
}

function printTimings(rows: FormatTiming[]): void {
  console.log('| format | prompts timed | refused (nothing to build) | median ms | p95 ms | max ms |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.format} | ${r.timed} | ${r.refused} | ${r.medianMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.maxMs.toFixed(1)} |`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const misses = process.argv.includes('--misses');
  console.log('## Development set (expectations written first, generator then debugged against it)');
  printTable(runGeneratorBenchmark(), misses);
  console.log('\n## Held-out set (written after tuning, never tuned on)');
  printTable(runGeneratorBenchmark(HELDOUT_PROMPTS), misses);
  console.log('\n## Time per prompt through generate(), by output format (development + held-out sets)');
  printTimings(await timeFormats([...BENCH_PROMPTS, ...HELDOUT_PROMPTS]));
}
