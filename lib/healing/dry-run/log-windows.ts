// The log lines errorPatterns see at each step, per action: the newest MAX_LOG_LINES warning and
// error lines of the last LOG_WINDOW_MS (fact-windows.ts), newest first, as the live loader reads
// them. Lines that match none of an action's patterns (errorPatternMatcher, the live test) are
// left out of its facts up front: they change nothing in its evaluation, and a busy log would
// otherwise be matched again at every step.
import type { SelfHealingAction } from '@/schemas';
import { errorPatternMatcher } from '../error-pattern';
import { logWindowStart, MAX_LOG_LINES } from '../fact-windows';
import type { PluginFacts } from '../load-plugin-facts';
import { firstAfter, firstAtOrAfter } from './bounds';
import type { HistoryLogs } from './history';

export class LogWindows {
  /** Per action: indexes of the lines that match one of its patterns, ascending. */
  private readonly relevant: Int32Array[];

  constructor(
    private readonly logs: HistoryLogs,
    actions: readonly SelfHealingAction[],
  ) {
    this.relevant = actions.map((a) => {
      const tests = (a.trigger.errorPatterns ?? []).map(errorPatternMatcher).filter((t) => t !== null);
      if (!tests.length) return new Int32Array(0);
      const out: number[] = [];
      for (let i = 0; i < logs.message.length; i++) if (tests.some((t) => t(logs.message[i]))) out.push(i);
      return Int32Array.from(out);
    });
  }

  /** Lines of action `index` in the window at `now`, newest first. */
  linesFor(index: number, now: number): PluginFacts['logs'] {
    const r = this.relevant[index];
    if (!r.length) return [];
    const hi = firstAfter(this.logs.at, now);
    const lo = Math.max(firstAtOrAfter(this.logs.at, logWindowStart(now)), hi - MAX_LOG_LINES);
    if (lo >= hi) return [];
    const a = firstAtOrAfter(r, lo);
    const b = firstAtOrAfter(r, hi);
    const out: PluginFacts['logs'] = [];
    for (let k = b - 1; k >= a; k--) out.push({ message: this.logs.message[r[k]], level: this.logs.level[r[k]], at: this.logs.at[r[k]] });
    return out;
  }
}
