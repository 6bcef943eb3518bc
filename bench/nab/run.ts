// NAB benchmark: scores every detector on every file of a NAB-format folder and prints, for the
// three NAB profiles, the plain score (one corpus-wide threshold chosen on all files) beside the
// leave-one-category-out score (threshold and any free choice made without the scored category),
// per category and overall, and throughput; writes each file's scores as CSV to
// bench/results/nab/<detector>/<category>/<file>.csv.
// Usage: npx tsx bench/nab/run.ts [DIR|-] [detector,detector...]   (DIR defaults to ../shared/nab)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDetector } from '@/lib/aiops/detectors';
import type { AnomalyDetectionConfig, DetectorAlgorithm } from '@/lib/aiops/detectors/types';
import { loadNabCorpus, type NabSeries } from '@/lib/aiops/nab/loader';
import { leaveOneCategoryOut, type Candidate, type LocoScore } from '@/lib/aiops/nab/leave-one-category-out';
import { NAB_PROFILES, scoreCorpus, type NabProfileName } from '@/lib/aiops/nab/scorer';
import { categoryBreakdown, type CategoryScore } from './breakdown';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** ../shared/nab beside the repo (main checkout), or two levels up from a worktree in /work/wt. */
export const DEFAULT_NAB_DIR = [path.resolve(REPO_ROOT, '../shared/nab'), path.resolve(REPO_ROOT, '../../shared/nab')].find((d) =>
  existsSync(path.join(d, 'windows.json')),
) ?? path.resolve(REPO_ROOT, '../shared/nab');
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

export interface ProfileScore {
  profile: NabProfileName;
  /** Normalised NAB score with the corpus-wide threshold chosen on all files. */
  plain: number;
  threshold: number;
  /** Per-category scores at that threshold. */
  categories: CategoryScore[];
  loco: LocoScore;
}

export interface NabBenchmarkRow {
  detector: string;
  points: number;
  pointsPerSecond: number;
  profiles: ProfileScore[];
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

/** Plain and LOCO scores of some candidates (one row: LOCO may pick among them per fold). */
export function profileScores(corpus: NabSeries[], candidates: Candidate[]): ProfileScore[] {
  return (Object.keys(NAB_PROFILES) as NabProfileName[]).map((profile) => {
    const costs = NAB_PROFILES[profile];
    // The plain score also picks the best candidate, on all files.
    let plain = scoreCorpus(corpus, candidates[0].scores, costs);
    let k = 0;
    candidates.forEach((c, i) => {
      const r = scoreCorpus(corpus, c.scores, costs);
      if (r.raw > plain.raw) [plain, k] = [r, i];
    });
    return {
      profile,
      plain: plain.normalized,
      threshold: plain.threshold,
      categories: categoryBreakdown(corpus, candidates[k].scores, plain.threshold, costs),
      loco: leaveOneCategoryOut(corpus, candidates, costs),
    };
  });
}

export function runNabBenchmark(dir: string = DEFAULT_NAB_DIR, options: NabBenchmarkOptions = {}): NabBenchmarkRow[] {
  const corpus = loadNabCorpus(dir);
  const resultsDir = options.resultsDir === undefined ? path.join(REPO_ROOT, 'bench/results/nab') : options.resultsDir;
  const rows: NabBenchmarkRow[] = [];
  const all: Candidate[] = [];
  let allPoints = 0;
  let allSeconds = 0;
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
    all.push({ name: detector, scores });
    allPoints += points;
    allSeconds += seconds;
    rows.push({ detector, points, pointsPerSecond: points / seconds, profiles: profileScores(corpus, [{ name: detector, scores }]) });
    if (resultsDir) writeCsvs(resultsDir, detector, corpus, scores);
  }
  // The choice between algorithms is a free choice too: made per fold on the other categories.
  if (all.length > 1) rows.push({ detector: 'best of these', points: allPoints, pointsPerSecond: allPoints / allSeconds, profiles: profileScores(corpus, all) });
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

const SHORT: Record<NabProfileName, string> = { standard: 'standard', reward_low_FP_rate: 'low FP', reward_low_FN_rate: 'low FN' };

export function formatNabTable(rows: NabBenchmarkRow[]): string {
  const profiles = Object.keys(NAB_PROFILES) as NabProfileName[];
  const head = `${'detector'.padEnd(16)}${profiles.map((p) => `${SHORT[p]} plain`.padStart(16) + 'LOCO'.padStart(8)).join('')}${'points/s'.padStart(13)}`;
  const body = rows.map(
    (r) =>
      `${r.detector.padEnd(16)}${r.profiles.map((p) => p.plain.toFixed(2).padStart(16) + p.loco.normalized.toFixed(2).padStart(8)).join('')}${Math.round(r.pointsPerSecond).toLocaleString('en-US').padStart(13)}`,
  );
  return [head, ...body].join('\n');
}

/** Per category: plain score at the corpus-wide threshold, and LOCO with what each fold chose. */
export function formatCategories(row: NabBenchmarkRow): string {
  const lines: string[] = [];
  for (const p of row.profiles) {
    lines.push(`  ${SHORT[p.profile]} (plain threshold ${p.threshold.toFixed(4)})`);
    lines.push(`    ${'category'.padEnd(24)}${'windows'.padStart(8)}${'found'.padStart(6)}${'FPs'.padStart(5)}${'plain'.padStart(8)}${'LOCO'.padStart(8)}${'LOCO raw'.padStart(10)}  LOCO choice`);
    for (const c of p.categories) {
      const h = p.loco.categories.find((x) => x.category === c.category)!;
      const fmt = (x: number | null) => (x === null ? '-' : x.toFixed(2));
      lines.push(
        `    ${c.category.padEnd(24)}${String(c.windows).padStart(8)}${String(c.detected).padStart(6)}${String(c.falsePositives).padStart(5)}${fmt(c.normalized).padStart(8)}${fmt(h.normalized).padStart(8)}${h.raw.toFixed(2).padStart(10)}  ${h.chosen} @ ${h.threshold.toFixed(4)}`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2] && process.argv[2] !== '-' ? path.resolve(process.argv[2]) : DEFAULT_NAB_DIR;
  // A comma-separated list of detectors (third argument) runs only those.
  const detectors = process.argv[3] ? (process.argv[3].split(',') as DetectorAlgorithm[]) : undefined;
  const rows = runNabBenchmark(dir, { detectors });
  console.log(`NAB (${dir}); profiles standard (A_FP 0.11), reward low FP (A_FP 0.22), reward low FN (A_FN 2)`);
  console.log('plain: one threshold chosen on all files; LOCO: leave one category out (choices made on the other categories)');
  console.log(formatNabTable(rows));
  for (const r of rows) console.log(`\n${r.detector} by category:\n${formatCategories(r)}`);
}
