// Leave-one-category-out comparison of hybrid parameter sets on a NAB folder: each grid point's
// plain score, and the LOCO score when the grid point (and θ) is chosen per fold on the other
// categories. A grid point is adopted as the default only when it is what LOCO picks.
// Usage: npx tsx bench/nab/tune-hybrid.ts [DIR|-] ['[{"logSeason":false}, ...]' (tunings to compare instead of the grid)]
import path from 'node:path';
import { HybridDetector, DEFAULT_HYBRID_TUNING, type HybridTuning } from '@/lib/aiops/detectors/hybrid';
import { resolveConfig } from '@/lib/aiops/detectors/types';
import { loadNabCorpus, type NabSeries } from '@/lib/aiops/nab/loader';
import type { Candidate } from '@/lib/aiops/nab/leave-one-category-out';
import { DEFAULT_NAB_DIR, NAB_CONFIG, profileScores } from './run';

export function scoreHybrid(series: NabSeries, tuning: HybridTuning): Float64Array {
  const d = new HybridDetector(resolveConfig({ ...NAB_CONFIG, algorithm: 'hybrid' }), null, tuning);
  const out = new Float64Array(series.length);
  for (let i = 0; i < out.length; i++) out[i] = d.push(series.timestamps[i], series.values[i]);
  return out;
}

function grid(): HybridTuning[] {
  const out: HybridTuning[] = [];
  // The comparisons behind the defaults (README): decade rounding and the hold-off damping, then
  // NuPIC's red filter with a gap, and a wider spatial tolerance.
  for (const decade of [0, 0.1]) for (const damp of [0.2, 1]) out.push({ ...DEFAULT_HYBRID_TUNING, decade, damp });
  for (const redGap of [12, 48]) out.push({ ...DEFAULT_HYBRID_TUNING, redGap });
  out.push({ ...DEFAULT_HYBRID_TUNING, rangeTolerance: 0.2 });
  out.push({ ...DEFAULT_HYBRID_TUNING, logSeason: false });
  out.push({ ...DEFAULT_HYBRID_TUNING, fusedRedFilter: false });
  return out;
}

const dir = process.argv[2] && process.argv[2] !== '-' ? path.resolve(process.argv[2]) : DEFAULT_NAB_DIR;
const corpus = loadNabCorpus(dir);
const only = process.argv[3] ? (JSON.parse(process.argv[3]) as Partial<HybridTuning>[]).map((t) => ({ ...DEFAULT_HYBRID_TUNING, ...t })) : null;
const candidates: Candidate[] = (only ?? grid()).map((t) => ({ name: JSON.stringify(t), scores: corpus.map((s) => scoreHybrid(s, t)) }));
for (const c of candidates) {
  const p = profileScores(corpus, [c]);
  console.log(`${c.name.padEnd(60)} ${p.map((x) => `${x.plain.toFixed(2)}/${x.loco.normalized.toFixed(2)}`).join('  ')}`);
}
const all = profileScores(corpus, candidates);
console.log('\ngrid chosen per fold (plain/LOCO per profile):', all.map((x) => `${x.plain.toFixed(2)}/${x.loco.normalized.toFixed(2)}`).join('  '));
for (const p of all) console.log(p.profile, p.loco.categories.map((c) => `${c.category}: ${c.chosen} ${c.normalized?.toFixed(2) ?? '-'}`).join(' | '));
