// Metrics step, part 1: when each metric left its normal band around the incident, and how.
// The band comes from the two hours before (median ± 4 robust σ); when yesterday's values are
// there and explain the baseline better, the comparison is against the same time yesterday, so
// a daily ramp-up is not mistaken for a departure. The earliest departure orders the others.
import type { ChangePoint, MinuteSeries } from './types';
import { HOUR, MINUTE, lineFit, median, pearson, rangeOf, robustSigma, valuesIn } from './series-math';

export interface Departure extends ChangePoint {
  /** Deviation at the departure in robust σ. */
  z: number;
  baseline: number;
  /** The band the metric left, in the metric's own units. */
  band: [number, number];
}

const BASE_FROM = 2 * HOUR;
const BASE_TO = 20 * MINUTE;
const DAY = 24 * HOUR;

interface Residuals {
  t: number[];
  r: number[];
  /** Added back to a residual to get a value: yesterday's value, or 0 when unadjusted. */
  offset: number[];
}

function yesterday(s: MinuteSeries): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < s.t.length; i++) m.set(s.t[i], s.v[i]);
  return m;
}

/** Raw values, or differences from the same minute yesterday when that is the calmer baseline. */
function residuals(s: MinuteSeries, from: number, to: number, baseFrom: number, baseTo: number): Residuals {
  const [lo, hi] = rangeOf(s, from, to);
  const t = s.t.slice(lo, hi);
  const raw = s.v.slice(lo, hi);
  const prev = yesterday(s);
  const seasonal = t.map((x, i) => (prev.has(x - DAY) ? raw[i] - prev.get(x - DAY)! : NaN));
  const inBase = (i: number) => t[i] >= baseFrom && t[i] < baseTo;
  const baseRaw = raw.filter((_, i) => inBase(i));
  const baseSeason = seasonal.filter((v, i) => inBase(i) && !Number.isNaN(v));
  const useSeason =
    baseSeason.length >= 0.8 * baseRaw.length &&
    seasonal.every((v) => !Number.isNaN(v)) &&
    robustSigma(baseSeason) + Math.abs(lineFit(baseSeason.map((_, i) => i), baseSeason).slope) * baseSeason.length <
      robustSigma(baseRaw) + Math.abs(lineFit(baseRaw.map((_, i) => i), baseRaw).slope) * baseRaw.length;
  return useSeason
    ? { t, r: seasonal, offset: t.map((x) => prev.get(x - DAY)!) }
    : { t, r: raw, offset: t.map(() => 0) };
}

/** The first sustained departure of one metric in [start - 20 min, end], or null. */
export function findDeparture(metric: string, s: MinuteSeries, start: number, end: number): Departure | null {
  const from = start - BASE_FROM;
  const { t, r, offset } = residuals(s, from, end, from, start - BASE_TO);
  const base = r.filter((_, i) => t[i] < start - BASE_TO);
  if (base.length < 10) return null;
  const centre = median(base);
  // A floor on σ: a flat baseline must not make a rounding error a departure.
  const level = Math.abs(median(valuesIn(s, from, start - BASE_TO)));
  // Mostly-zero series (error counts) have no MAD: fall back to the standard deviation.
  const sd = Math.sqrt(base.reduce((a, v) => a + (v - centre) ** 2, 0) / base.length);
  const sigma = Math.max(robustSigma(base, centre) || sd, 0.02 * level, 1e-9);
  const thr = 4 * sigma;
  const z = (i: number) => (r[i] - centre) / sigma;
  for (let i = 0; i < t.length; i++) {
    if (t[i] < start - BASE_TO) continue;
    const d = r[i] - centre;
    if (Math.abs(d) <= thr) continue;
    const sustained = i + 1 < t.length && Math.sign(r[i + 1] - centre) === Math.sign(d) && Math.abs(r[i + 1] - centre) > thr;
    if (!sustained && Math.abs(d) <= 2 * thr) continue;
    const after = r.slice(i, Math.min(r.length, i + 30));
    const outside = after.filter((v) => Math.abs(v - centre) > thr && Math.sign(v - centre) === Math.sign(d)).length / after.length;
    const fit = lineFit(after.map((_, k) => k), after);
    const shape: Departure['shape'] =
      outside < 0.6 ? 'spike' : after.length >= 10 && fit.r2 >= 0.7 && Math.abs(fit.slope) * after.length > 2 * Math.abs(d) ? 'trend' : 'level-shift';
    const baseline = centre + offset[i];
    return {
      metric,
      t: t[i],
      direction: d > 0 ? 'up' : 'down',
      shape,
      z: Math.abs(z(i)),
      baseline,
      band: [baseline - thr, baseline + thr],
    };
  }
  return null;
}

export interface OrderedDeparture extends Departure {
  /** Correlation with the metric that left its band first, over the incident window. */
  correlation: number;
}

/** Pearson's r with the lead metric; 0 (no evidence either way) under 4 shared minutes or for a flat series. */
function correlationWithLead(lead: number[], other: number[]): number {
  const r = lead.length < 4 ? NaN : pearson(lead, other);
  return Number.isNaN(r) ? 0 : r;
}

/** Every metric's departure, earliest first, each with its correlation to the first. */
export function orderDepartures(metrics: Map<string, MinuteSeries>, start: number, end: number): OrderedDeparture[] {
  const found = [...metrics.entries()]
    .map(([m, s]) => findDeparture(m, s, start, end))
    .filter((d): d is Departure => d !== null)
    .sort((a, b) => a.t - b.t || b.z - a.z);
  if (found.length === 0) return [];
  const lead = metrics.get(found[0].metric)!;
  const from = start - BASE_TO;
  const leadMap = new Map<number, number>();
  const [lo, hi] = rangeOf(lead, from, end);
  for (let i = lo; i < hi; i++) leadMap.set(lead.t[i], lead.v[i]);
  return found.map((d) => {
    const s = metrics.get(d.metric)!;
    const [a, b] = rangeOf(s, from, end);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = a; i < b; i++) {
      const x = leadMap.get(s.t[i]);
      if (x !== undefined) {
        xs.push(x);
        ys.push(s.v[i]);
      }
    }
    return { ...d, correlation: d.metric === found[0].metric ? 1 : Math.round(correlationWithLead(xs, ys) * 100) / 100 };
  });
}

/**
 * When the incident really began: the first departure that is not a lone spike and is either
 * strong (≥ 8 σ) or joined by another metric's departure within 3 min. Without one, the first
 * departure; without any, the first symptom. Noise anomalies that opened the incident a few
 * minutes early do not move it.
 */
export function onsetOf(departures: Departure[], firstSymptom: number): number {
  const solid = departures.filter((d) => d.shape !== 'spike');
  const strong = solid.find((d) => d.z >= 8 || solid.some((o) => o !== d && Math.abs(o.t - d.t) <= 3 * MINUTE));
  return strong?.t ?? departures[0]?.t ?? firstSymptom;
}
