// Leave-one-category-out (LOCO) NAB score: an estimate of how a detector does on categories it
// was never tuned on. For each category, every free choice (the candidate — an algorithm or a
// parameter set — and the threshold θ) is picked on the other categories only; the category is
// then scored with that choice. The held-out raw scores add up to an overall normalised score.
import { scoreAtThreshold, scoreCorpus, STANDARD_PROFILE, type CostProfile, type LabelledSeries } from './scorer';

export interface CategorisedSeries extends LabelledSeries {
  category: string;
}

/** One way of scoring the corpus (an algorithm, or one point of a parameter grid). */
export interface Candidate {
  name: string;
  /** One score array per series of the corpus, same order. */
  scores: ReadonlyArray<ArrayLike<number>>;
}

export interface HeldOutCategory {
  category: string;
  windows: number;
  /** The candidate and threshold chosen on the other categories. */
  chosen: string;
  threshold: number;
  /** Raw score of this category with that choice. */
  raw: number;
  /** Normalised over this category's windows; null when it has none. */
  normalized: number | null;
}

export interface LocoScore {
  categories: HeldOutCategory[];
  /** 100 * (S - S_null) / (S_perfect - S_null) over the whole corpus, S = sum of held-out raw scores. */
  normalized: number;
}

function normalise(raw: number, windows: number, scorable: number, profile: CostProfile): number {
  const perfect = windows * profile.tpWeight;
  const nul = -scorable * profile.fnWeight;
  return (100 * (raw - nul)) / (perfect - nul);
}

/** Windows whose rows are not all in probation (the ones a miss is charged for). */
function scorableWindows(series: ReadonlyArray<LabelledSeries>): number {
  let n = 0;
  for (const s of series) {
    const probation = scoreAtThreshold([s], [new Float64Array(s.length)], 1, { tpWeight: 1, fpWeight: 0, fnWeight: 1 })[0].raw;
    n += -probation;
  }
  return n;
}

export function leaveOneCategoryOut(
  corpus: ReadonlyArray<CategorisedSeries>,
  candidates: ReadonlyArray<Candidate>,
  profile: CostProfile = STANDARD_PROFILE,
): LocoScore {
  if (candidates.length === 0) throw new Error('no candidates');
  const categories = [...new Set(corpus.map((s) => s.category))].sort();
  const out: HeldOutCategory[] = [];
  let raw = 0;
  for (const category of categories) {
    const train = corpus.flatMap((s, i) => (s.category === category ? [] : [i]));
    const test = corpus.flatMap((s, i) => (s.category === category ? [i] : []));
    let best: { name: string; threshold: number; raw: number; k: number } | null = null;
    candidates.forEach((c, k) => {
      const r = scoreCorpus(
        train.map((i) => corpus[i]),
        train.map((i) => c.scores[i]),
        profile,
      );
      // Ties keep the earlier candidate, so the order of the list is the tie-break.
      if (best === null || r.raw > best.raw) best = { name: c.name, threshold: r.threshold, raw: r.raw, k };
    });
    const chosen = best!;
    const held = scoreAtThreshold(
      test.map((i) => corpus[i]),
      test.map((i) => candidates[chosen.k].scores[i]),
      chosen.threshold,
      profile,
    );
    const catRaw = held.reduce((a, h) => a + h.raw, 0);
    const series = test.map((i) => corpus[i]);
    const windows = series.reduce((a, s) => a + s.windows.length, 0);
    raw += catRaw;
    out.push({
      category,
      windows,
      chosen: chosen.name,
      threshold: chosen.threshold,
      raw: catRaw,
      normalized: windows > 0 ? normalise(catRaw, windows, scorableWindows(series), profile) : null,
    });
  }
  const windows = corpus.reduce((a, s) => a + s.windows.length, 0);
  return { categories: out, normalized: normalise(raw, windows, scorableWindows(corpus), profile) };
}
