// NAB (Numenta Anomaly Benchmark) scoring, re-implemented from NAB v1.1's sweeper: probation,
// scaled sigmoid window weighting, best detection per window, distance-weighted false positives,
// one corpus-wide threshold chosen to maximise the total, and normalisation to 0..100.

export interface CostProfile {
  tpWeight: number;
  fpWeight: number;
  fnWeight: number;
}

export const STANDARD_PROFILE: CostProfile = { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 };
/** NAB v1.1 config/profiles.json: reward_low_FP_rate and reward_low_FN_rate. */
export const REWARD_LOW_FP_PROFILE: CostProfile = { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 };
export const REWARD_LOW_FN_PROFILE: CostProfile = { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 };
export const NAB_PROFILES = {
  standard: STANDARD_PROFILE,
  reward_low_FP_rate: REWARD_LOW_FP_PROFILE,
  reward_low_FN_rate: REWARD_LOW_FN_PROFILE,
} as const satisfies Record<string, CostProfile>;
export type NabProfileName = keyof typeof NAB_PROFILES;

/** One labelled series: window bounds are inclusive row indices. */
export interface LabelledSeries {
  name: string;
  length: number;
  windows: ReadonlyArray<readonly [number, number]>;
}

/** NAB's probation: the first min(floor(0.15 N), 750) rows are never scored. */
export function probationLength(rows: number, probationPercent = 0.15): number {
  return Math.min(Math.floor(probationPercent * rows), probationPercent * 5000);
}

/** 2 / (1 + e^(5y)) - 1, and -1 for y >= 3 (NAB's scaledSigmoid). */
export function scaledSigmoid(y: number): number {
  if (y >= 3) return -1;
  return 2 / (1 + Math.exp(5 * y)) - 1;
}

/** Per-row weight of a detection: the sweep score. windowOf[i] is the window id or -1 (outside). */
export interface SweepRows {
  /** Row weights if detected (TP weight inside a window, negative FP cost outside). */
  weight: Float64Array;
  /** Window index (global within the series) for rows inside windows, -1 outside, -2 in probation. */
  windowOf: Int32Array;
}

export function sweepRows(series: LabelledSeries, profile: CostProfile = STANDARD_PROFILE): SweepRows {
  const n = series.length;
  const weight = new Float64Array(n);
  const windowOf = new Int32Array(n);
  const probation = probationLength(n);
  const maxTP = scaledSigmoid(-1);
  const wins = [...series.windows].map((w, id) => ({ l: w[0], r: w[1], id })).sort((a, b) => a.l - b.l);
  let k = 0;
  let cur: { l: number; r: number; id: number } | null = null;
  let prevRight = -1;
  let prevWidth = 0;
  for (let i = 0; i < n; i++) {
    if (cur === null && k < wins.length && wins[k].l === i) cur = wins[k++];
    if (cur !== null) {
      const width = cur.r - cur.l + 1;
      const pos = -(cur.r - i + 1) / width;
      weight[i] = (scaledSigmoid(pos) * profile.tpWeight) / maxTP;
      windowOf[i] = cur.id;
    } else {
      const pos = prevRight < 0 ? 3 : Math.abs(prevRight - i) / (prevWidth - 1);
      weight[i] = scaledSigmoid(pos) * profile.fpWeight;
      windowOf[i] = -1;
    }
    if (i < probation) windowOf[i] = -2;
    if (cur !== null && i === cur.r) {
      prevRight = i;
      prevWidth = cur.r - cur.l + 1;
      cur = null;
    }
  }
  return { weight, windowOf };
}

export interface ThresholdScore {
  threshold: number;
  /** Raw (unnormalised) total score at this threshold. */
  score: number;
}

export interface CorpusScore {
  threshold: number;
  /** Raw score S at the chosen threshold. */
  raw: number;
  /** 100 * (S - S_null) / (S_perfect - S_null). */
  normalized: number;
  perfect: number;
  nullScore: number;
  windows: number;
  perSeries: { name: string; raw: number; detectedWindows: number; falsePositives: number }[];
}

interface Row {
  score: number;
  weight: number;
  window: number; // global window id or -1
}

/**
 * Score a corpus the way NAB does: sweep all thresholds over the pooled rows (highest first),
 * keep the threshold with the highest total (ties go to the higher threshold, like NAB's stable
 * sort), then report the normalised score.
 */
export function scoreCorpus(
  corpus: ReadonlyArray<LabelledSeries>,
  scores: ReadonlyArray<ArrayLike<number>>,
  profile: CostProfile = STANDARD_PROFILE,
): CorpusScore {
  const rows: Row[] = [];
  let windowBase = 0;
  const scorable = new Set<number>();
  corpus.forEach((s, si) => {
    const sc = scores[si];
    if (sc.length !== s.length) throw new Error(`${s.name}: ${sc.length} scores for ${s.length} rows`);
    const { weight, windowOf } = sweepRows(s, profile);
    for (let i = 0; i < s.length; i++) {
      if (windowOf[i] === -2) continue;
      const w = windowOf[i] >= 0 ? windowBase + windowOf[i] : -1;
      if (w >= 0) scorable.add(w);
      rows.push({ score: sc[i], weight: weight[i], window: w });
    }
    windowBase += s.windows.length;
  });
  const sweep = sweepThresholds(rows, windowBase, scorable, profile);
  let best = sweep[0];
  for (const t of sweep) if (t.score > best.score) best = t;
  const perSeries = scoreAtThreshold(corpus, scores, best.threshold, profile);
  const totalWindows = windowBase;
  const perfect = totalWindows * profile.tpWeight;
  const nullScore = -scorable.size * profile.fnWeight;
  return {
    threshold: best.threshold,
    raw: best.score,
    normalized: (100 * (best.score - nullScore)) / (perfect - nullScore),
    perfect,
    nullScore,
    windows: totalWindows,
    perSeries,
  };
}

function sweepThresholds(rows: Row[], nWindows: number, scorable: Set<number>, profile: CostProfile): ThresholdScore[] {
  rows.sort((a, b) => b.score - a.score);
  const windowPart = new Float64Array(nWindows);
  let windowSum = 0;
  for (const w of scorable) {
    windowPart[w] = -profile.fnWeight;
    windowSum -= profile.fnWeight;
  }
  let fp = 0;
  const out: ThresholdScore[] = [];
  let cur = 1.1;
  for (const r of rows) {
    if (r.score !== cur) {
      out.push({ threshold: cur, score: fp + windowSum });
      cur = r.score;
    }
    if (r.window < 0) fp += r.weight;
    else if (r.weight > windowPart[r.window]) {
      windowSum += r.weight - windowPart[r.window];
      windowPart[r.window] = r.weight;
    }
  }
  out.push({ threshold: cur, score: fp + windowSum });
  return out;
}

/** Per-series raw scores with detections = rows scoring at or above `threshold`. */
export function scoreAtThreshold(
  corpus: ReadonlyArray<LabelledSeries>,
  scores: ReadonlyArray<ArrayLike<number>>,
  threshold: number,
  profile: CostProfile = STANDARD_PROFILE,
): { name: string; raw: number; detectedWindows: number; falsePositives: number }[] {
  return corpus.map((s, si) => {
    const sc = scores[si];
    const { weight, windowOf } = sweepRows(s, profile);
    const best = new Float64Array(s.windows.length).fill(Number.NaN);
    let fpSum = 0;
    let fps = 0;
    for (let i = 0; i < s.length; i++) {
      const w = windowOf[i];
      if (w === -2) continue;
      if (w >= 0 && Number.isNaN(best[w])) best[w] = -profile.fnWeight;
      if (!(sc[i] >= threshold)) continue;
      if (w < 0) {
        fpSum += weight[i];
        fps++;
      } else if (weight[i] > best[w]) best[w] = weight[i];
    }
    let raw = fpSum;
    let detected = 0;
    for (const b of best) {
      if (Number.isNaN(b)) continue;
      raw += b;
      if (b > -profile.fnWeight) detected++;
    }
    return { name: s.name, raw, detectedWindows: detected, falsePositives: fps };
  });
}
