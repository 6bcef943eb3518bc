// configuration-tuning: an error burst right after a configuration change that is still in
// place. Console saves can be reverted from here (the change restores the previous values);
// changes a plugin reports about its own runtime config get the steps to revert them by hand.
import { confidenceFrom, pct, priorityFrom } from '../grade';
import { mean } from '../stats';
import type { ConfigChangeFact, MinuteSeries, PluginFacts, ProposedChange, Suggestion } from '../types';

const BEFORE_MS = 60 * 60_000;
const AFTER_MS = 30 * 60_000;
/** After / before error rate that counts as a burst, with an absolute floor. */
export const MIN_RATIO = 3;
export const MIN_AFTER = 0.01;
const MIN_RISE = 0.005;

function window(s: MinuteSeries, from: number, to: number): number[] {
  const out: number[] = [];
  s.t.forEach((t, i) => {
    if (t >= from && t < to) out.push(s.mean[i]);
  });
  return out;
}

const overlaps = (a: string[], b: string[]) => a.some((p) => b.some((q) => p === q || p.startsWith(`${q}.`) || q.startsWith(`${p}.`)));

/** Changed again later (or rolled back): the burst's cause is no longer in place. */
function superseded(c: ConfigChangeFact, all: ConfigChangeFact[]): boolean {
  return all.some((o) => o.ts > c.ts && o.source === c.source && o.documentKind === c.documentKind && (o.paths.length === 0 || overlaps(o.paths, c.paths)));
}

function revertChange(c: ConfigChangeFact, f: PluginFacts): ProposedChange | null {
  if (c.source !== 'console' || !c.changes.length) return null;
  const kind = c.documentKind;
  if (kind !== 'sandbox' && kind !== 'aiops') return null;
  const current = kind === 'sandbox' ? f.sandbox.version : f.aiops.version;
  if (c.version !== current) return null;
  return {
    documentKind: kind,
    basedOnVersion: current,
    set: c.changes.map((x) => ({ path: x.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), before: x.to, after: x.from })),
  };
}

export function configErrorBurstRule(f: PluginFacts): Suggestion[] {
  const errors = f.metrics['error-rate'];
  if (!errors) return [];
  const out: Suggestion[] = [];
  for (const c of f.configChanges) {
    if (superseded(c, f.configChanges)) continue;
    const before = window(errors, c.ts - BEFORE_MS, c.ts);
    const after = window(errors, c.ts, c.ts + AFTER_MS);
    if (before.length < 20 || after.length < 20) continue;
    const b = mean(before);
    const a = mean(after);
    if (!(a >= MIN_AFTER && a >= MIN_RATIO * b && a - b >= MIN_RISE)) continue;
    const nearby = f.configChanges.filter((o) => o !== c && Math.abs(o.ts - c.ts) <= AFTER_MS).length;
    const change = revertChange(c, f);
    const what = c.changes.length ? c.changes.map((x) => `${x.path} ${JSON.stringify(x.from)} → ${JSON.stringify(x.to)}`).join(', ') : c.paths.join(', ') || c.message;
    const ratio = b > 0 ? a / b : Infinity;
    out.push({
      evidenceKey: `config-errors:${c.eventId}`,
      change,
      evidence: {
        summary: `The error rate went from ${pct(b)} to ${pct(a)} in the 30 minutes after a configuration change that is still in place.`,
        facts: [
          { label: 'Change', value: `${new Date(c.ts).toISOString()}: ${what}` },
          { label: 'Where', value: c.source === 'console' ? `${c.documentKind} document, version ${c.version}` : 'the plugin\'s runtime configuration (reported by the plugin)' },
          { label: 'Error rate, hour before', value: pct(b) },
          { label: 'Error rate, 30 minutes after', value: `${pct(a)}${Number.isFinite(ratio) ? ` (×${ratio.toFixed(1)})` : ''}` },
          { label: 'Other changes within 30 minutes', value: String(nearby) },
        ],
        window: { from: c.ts - BEFORE_MS, to: c.ts + AFTER_MS },
      },
      record: {
        type: 'configuration-tuning',
        description: `Revert ${what}: errors rose to ${pct(a)} right after it`,
        expectedImpact: { performanceGain: Math.round(Math.min(80, (a - b) * 400 + 10)) },
        difficulty: 'moderate',
        steps: change
          ? [`Restore the values of version ${c.previousVersion} for ${c.paths.join(', ')}`, 'Save as a new version', 'Check that the error rate falls back within minutes']
          : [`Revert ${what} in the plugin's runtime configuration`, 'Check that the error rate falls back within minutes', 'Find out why the change caused errors before trying it again'],
        risks: ['The change may have been wanted: talk to whoever made it', ...(nearby ? ['Other changes happened at the same time and may be the real cause'] : [])],
        confidence: confidenceFrom(Math.round(Math.min(95, 65 + 10 * Math.log2(Math.min(ratio, 16))) - 15 * Math.min(nearby, 2)), 7),
        priority: priorityFrom(Math.min(1, 0.45 + a * 5)),
      },
    });
  }
  return out;
}
