// The PluginFacts the live loader (load-plugin-facts.ts) would have returned at each step of the
// dry run, from the preloaded history, with the same windows (fact-windows.ts). Steps must come
// in time order: the cursor only moves forward. Log lines are per action (log-windows.ts).
import { anomalyOpenAt, freshHealth, incidentOpenAt } from '../fact-windows';
import type { PluginFacts } from '../load-plugin-facts';
import type { DryRunHistory, HistoryAnomaly } from './history';

export class FactsCursor {
  private nextHealth = 0;
  private nextAnomaly = 0;
  private started: HistoryAnomaly[] = [];
  private last = -Infinity;

  constructor(private readonly history: DryRunHistory) {}

  /** The facts at `now`, without log lines. */
  at(now: number): PluginFacts {
    if (now < this.last) throw new Error('FactsCursor: steps must not go back in time');
    this.last = now;
    const { health, anomalies, incidents } = this.history;
    // The latest report at or before now.
    while (this.nextHealth < health.at.length && health.at[this.nextHealth] <= now) this.nextHealth++;
    const h = this.nextHealth - 1;
    // Anomalies that have started; one that is no longer going on never is again (its end is fixed).
    while (this.nextAnomaly < anomalies.length && anomalies[this.nextAnomaly].startedAt <= now) this.started.push(anomalies[this.nextAnomaly++]);
    this.started = this.started.filter((a) => anomalyOpenAt(a, now));
    // The open incident that started last, as the live loader orders them.
    let incidentId: number | null = null;
    for (let i = incidents.length - 1; i >= 0; i--) {
      if (incidentOpenAt(incidents[i], now)) {
        incidentId = incidents[i].id;
        break;
      }
    }
    return {
      health: freshHealth(h >= 0 ? { status: health.status[h], at: health.at[h] } : null, now),
      anomalies: this.started.map((a) => ({ id: a.id, type: a.type, metric: a.metric, score: a.score, startedAt: a.startedAt, endedAt: a.endedAt })),
      logs: [],
      incidentId,
    };
  }
}
