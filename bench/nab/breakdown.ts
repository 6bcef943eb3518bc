// Per-category view of a NAB result at the corpus-wide threshold: each category's normalised
// score (100 * (S - S_null) / (S_perfect - S_null) over its own windows), detected windows and
// false positives. Categories without windows (artificialNoAnomaly) report only their FPs.
import type { NabSeries } from '@/lib/aiops/nab/loader';
import { scoreAtThreshold, STANDARD_PROFILE, type CostProfile } from '@/lib/aiops/nab/scorer';

export interface CategoryScore {
  category: string;
  files: number;
  windows: number;
  detected: number;
  falsePositives: number;
  raw: number;
  /** null when the category has no windows. */
  normalized: number | null;
}

export function categoryBreakdown(
  corpus: ReadonlyArray<NabSeries>,
  scores: ReadonlyArray<ArrayLike<number>>,
  threshold: number,
  profile: CostProfile = STANDARD_PROFILE,
): CategoryScore[] {
  const per = scoreAtThreshold(corpus, scores, threshold, profile);
  const byCat = new Map<string, CategoryScore>();
  corpus.forEach((s, i) => {
    let c = byCat.get(s.category);
    if (!c) {
      c = { category: s.category, files: 0, windows: 0, detected: 0, falsePositives: 0, raw: 0, normalized: null };
      byCat.set(s.category, c);
    }
    c.files++;
    c.windows += s.windows.length;
    c.detected += per[i].detectedWindows;
    c.falsePositives += per[i].falsePositives;
    c.raw += per[i].raw;
  });
  const out = [...byCat.values()];
  for (const c of out) {
    if (c.windows > 0) {
      const nul = -c.windows * profile.fnWeight;
      c.normalized = (100 * (c.raw - nul)) / (c.windows * profile.tpWeight - nul);
    }
  }
  return out;
}

export function formatBreakdown(rows: CategoryScore[]): string {
  const head = `  ${'category'.padEnd(24)}${'files'.padStart(6)}${'windows'.padStart(9)}${'found'.padStart(7)}${'FPs'.padStart(6)}${'raw'.padStart(9)}${'score'.padStart(8)}`;
  const body = rows.map(
    (c) =>
      `  ${c.category.padEnd(24)}${String(c.files).padStart(6)}${String(c.windows).padStart(9)}${String(c.detected).padStart(7)}${String(c.falsePositives).padStart(6)}${c.raw.toFixed(2).padStart(9)}${(c.normalized === null ? '-' : c.normalized.toFixed(1)).padStart(8)}`,
  );
  return [head, ...body].join('\n');
}
