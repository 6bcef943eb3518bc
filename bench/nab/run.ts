// NAB benchmark: scores every detector on every file of a NAB-format folder, prints the NAB
// standard-profile score and throughput per detector, and writes each file's scores as CSV to
// bench/results/nab/<detector>/<category>/<file>.csv.
// Usage: npx tsx bench/nab/run.ts [DIR]   (DIR defaults to ../shared/nab from the repo root)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDetector } from '@/lib/aiops/detectors';
import type { AnomalyDetectionConfig, DetectorAlgorithm } from '@/lib/aiops/detectors/types';
import { loadNabCorpus, type NabSeries } from '@/lib/aiops/nab/loader';
import { scoreCorpus, STANDARD_PROFILE } from '@/lib/aiops/nab/scorer';
import { categoryBreakdown, formatBreakdown, type CategoryScore } from './breakdown';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const DEFAULT_NAB_DIR = path.resolve(REPO_ROOT, '../shared/nab');
export const NAB_DETECTORS: DetectorAlgorithm[] = ['statistical', 'heuristic', 'machine-learning', 'hybrid'];

/**
 * One parameter set for every file: protocol defaults except a two-day history window (NAB's
 * files are mostly 5-minute samples, where the protocol's default 300 s would be one point).
 */
export const NAB_CONFIG: Omit<AnomalyDetectionConfig, 'algorithm'> = {
  metrics: ['cpu-usage'],
  sensitivity: 'medium',
  timeWindow: 2 * 86400,
  confidenceThreshold: 80,
};

export interface NabBenchmarkRow {
  detector: DetectorAlgorithm;
  /** Normalised NAB score, standard profile. */
  score: number;
  /** Corpus-wide threshold chosen by the sweep. */
  threshold: number;
  points: number;
  pointsPerSecond: number;
  /** Per-category scores at the corpus-wide threshold. */
  categories: CategoryScore[];
}

export interface NabBenchmarkOptions {
  detectors?: DetectorAlgorithm[];
  /** Folder for per-file CSVs; null skips writing. */
  resultsDir?: string | null;
}

export function scoreFile(series: NabSeries, algorithm: DetectorAlgorithm): Float64Array {
  const detector = createDetector({ ...NAB_CONFIG, algorithm });
  const out = new Float64Array(series.length);
  const { timestamps, values } = series;
  for (let i = 0; i < out.length; i++) out[i] = detector.push(timestamps[i], values[i]);
  return out;
}

export function runNabBenchmark(dir: string = DEFAULT_NAB_DIR, options: NabBenchmarkOptions = {}): NabBenchmarkRow[] {
  const corpus = loadNabCorpus(dir);
  const resultsDir = options.resultsDir === undefined ? path.join(REPO_ROOT, 'bench/results/nab') : options.resultsDir;
  const rows: NabBenchmarkRow[] = [];
  for (const detector of options.detectors ?? NAB_DETECTORS) {
    let points = 0;
    let seconds = 0;
    const scores = corpus.map((series) => {
      const t0 = performance.now();
      const s = scoreFile(series, detector);
      seconds += (performance.now() - t0) / 1000;
      points += series.length;
      return s;
    });
    const result = scoreCorpus(corpus, scores, STANDARD_PROFILE);
    rows.push({
      detector,
      score: result.normalized,
      threshold: result.threshold,
      points,
      pointsPerSecond: points / seconds,
      categories: categoryBreakdown(corpus, scores, result.threshold, STANDARD_PROFILE),
    });
    if (resultsDir) writeCsvs(resultsDir, detector, corpus, scores);
  }
  return rows;
}

function writeCsvs(root: string, detector: string, corpus: NabSeries[], scores: Float64Array[]): void {
  corpus.forEach((series, k) => {
    const dir = path.join(root, detector, series.category);
    mkdirSync(dir, { recursive: true });
    const lines = ['timestamp,value,anomaly_score'];
    for (let i = 0; i < series.length; i++) lines.push(`${series.rawTimestamps[i]},${series.values[i]},${scores[k][i]}`);
    writeFileSync(path.join(dir, series.file), lines.join('\n') + '\n');
  });
}

export function formatNabTable(rows: NabBenchmarkRow[]): string {
  const head = `${'detector'.padEnd(18)}${'NAB standard'.padStart(14)}${'threshold'.padStart(11)}${'points/s'.padStart(14)}`;
  const body = rows.map(
    (r) =>
      `${r.detector.padEnd(18)}${r.score.toFixed(2).padStart(14)}${r.threshold.toFixed(4).padStart(11)}${Math.round(r.pointsPerSecond).toLocaleString('en-US').padStart(14)}`,
  );
  return [head, ...body].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_NAB_DIR;
  const rows = runNabBenchmark(dir);
  console.log(`NAB (${dir}), standard profile A_TP=1 A_FP=0.11 A_FN=1`);
  console.log(formatNabTable(rows));
  for (const r of rows) console.log(`\n${r.detector} by category (threshold ${r.threshold.toFixed(4)}):\n${formatBreakdown(r.categories)}`);
}
