// Diagnostics for one detector on the NAB sample: corpus score, per-category breakdown, and per
// file the best score inside each window (with its row) and the strongest scored rows outside
// windows. Usage: npx tsx bench/nab/diagnose.ts [algorithm] [DIR]
import path from 'node:path';
import { loadNabCorpus } from '@/lib/aiops/nab/loader';
import { probationLength, scoreCorpus } from '@/lib/aiops/nab/scorer';
import type { DetectorAlgorithm } from '@/lib/aiops/detectors/types';
import { DEFAULT_NAB_DIR, scoreFile } from './run';
import { categoryBreakdown, formatBreakdown } from './breakdown';

const algorithm = (process.argv[2] ?? 'hybrid') as DetectorAlgorithm;
const dir = process.argv[3] ? path.resolve(process.argv[3]) : DEFAULT_NAB_DIR;
const corpus = loadNabCorpus(dir);
const scores = corpus.map((s) => scoreFile(s, algorithm));
const result = scoreCorpus(corpus, scores);
const theta = result.threshold;
console.log(`${algorithm}: NAB ${result.normalized.toFixed(2)} at threshold ${theta.toFixed(4)}`);
console.log(formatBreakdown(categoryBreakdown(corpus, scores, theta)));
corpus.forEach((s, k) => {
  const sc = scores[k];
  const prob = probationLength(s.length);
  const inWin = new Uint8Array(s.length);
  const wins = s.windows.map(([l, r]) => {
    let best = -1;
    let at = -1;
    let first = -1;
    for (let i = Math.max(l, prob); i <= r; i++) {
      inWin[i] = 1;
      if (sc[i] > best) {
        best = sc[i];
        at = i;
      }
      if (first < 0 && sc[i] >= theta) first = i;
    }
    return `[${l}-${r}] max ${best.toFixed(3)}@${at}${first >= 0 ? ` hit@${first} (${(((first - l) / (r - l + 1)) * 100).toFixed(0)}%)` : ' MISS'}`;
  });
  const fps: string[] = [];
  for (let i = prob; i < s.length; i++) if (!inWin[i] && sc[i] >= theta) fps.push(`${i}:${sc[i].toFixed(3)}`);
  let outMax = 0;
  for (let i = prob; i < s.length; i++) if (!inWin[i] && sc[i] > outMax) outMax = sc[i];
  console.log(`${s.name}  outside max ${outMax.toFixed(3)}  ${wins.join('  ')}${fps.length ? `  FP ${fps.slice(0, 8).join(' ')}${fps.length > 8 ? ` …(${fps.length})` : ''}` : ''}`);
});
