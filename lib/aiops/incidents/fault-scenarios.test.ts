// Issue 17's scenario suite: every fault of testing/fault-catalog.ts pushed through the API to a
// fresh database, once live (a minute at a time, the incident job after each minute, at that
// simulated time) and once as one late batch (then one job run), each to its own plugin. Every
// fault opens exactly one incident: live soon after its onset and at the first job run after
// its data met the grouping rule; late in the one run, marked opened late and starting at the
// data's time. The top cause of its latest analysis is in the expected category (and mentions
// what it should: the dependency, the deploy, ...). Noise opens none.
//
// The live bound, 10 minutes from the onset: an operator expects to hear of a user-visible
// fault within minutes, and ten is what the console cannot shorten by grouping faster: a
// detector needs a point or a few to see a change (median 2.9 min on the demo fleet,
// lib/aiops/detectors/README.md), a surge ramps for minutes, and an agent may report its health
// only on its 5-minute tick. Past ten minutes the operator has usually heard it from users.
// The issue's own target, 60 s after the data met the rule, is checked separately (the data
// arrive a minute at a time here, so this is "the first job run after they arrived").
//
// Runtime: 53–80 s for the 22 runs on the shared 2-core machine, depending on its load. Each run
// needs 30 h of history (the detectors are on probation for their first ~25 h, the analysis
// compares with the same time a day earlier); live, the minutes from 10 before the onset to the
// end (30 after) are 41 job runs. Each run's incidents are resolved by an operator once read, so
// later runs do not regroup earlier plugins (which made the last runs 3× slower than the first).
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { FAULT_CATALOG } from './testing/fault-catalog';
import { LATE_START_WINDOW, LIVE_OPEN_BOUND_MS, RULE_OPEN_BOUND_MS, type Delivery, runFaultScenario } from './testing/run-fault-scenario';

useTestDb();

/**
 * Where the product misses today (`fault/delivery` → why). These run as expected failures: they
 * pass while the product misses and fail once it gets them right, so the entry can be removed.
 * Delete an entry to see the failing assertion.
 */
const KNOWN_PRODUCT_MISSES: Record<string, string> = {
  // grouping-rule.ts rule 2 needs two anomalous metrics: only error-rate is flagged (0.2 % → 18 %);
  // response-time 42 → 32 ms is under its 20 ms minimum effect (detectors/effect-size.ts), and
  // throughput (+25 % on midnight's falling curve, +13 % on the half hour before) under its 25 %.
  // The degraded health reports and the 10 certificate errors a minute do not count.
  'expired-certificate/live': 'no incident: one anomalous metric (error-rate) with degraded health is not enough for rule 2',
  'expired-certificate/late': 'no incident: one anomalous metric (error-rate) with degraded health is not enough for rule 2',
  // The automatic analysis runs when the incident opens, 5 min after the onset: the median
  // throughput of the 4 minutes since the onset (the ramp included) is 1.83× the same hours a
  // day earlier, under detect-load-surge.ts's SURGE_RATIO 2, so "no clear cause" (other, 5).
  // Nothing triggers the living analysis later (refresh-analyses.ts: no new anomaly after minute
  // 4, no change, 1 warning line, health degraded since minute 4 without turning), though a
  // re-analysis from minute 7 on says resource-exhaustion (load surge, 81, then 91).
  'load-surge/live': 'top cause at opening is other (5): the surge ratio of its first 4 minutes is 1.83 < 2, and nothing triggers a refresh',
  // At opening (2 min after the onset) one supervisor restart is the only change and is filed as
  // configuration (analyze-changes.ts: every change but a deploy is configuration), 40; a crash
  // loop needs 3 restarts or crash lines. Re-analysed at minute 12 it is a crash loop
  // (code-defect 75, 95 from minute 17), but refresh-analyses.ts compares the simulated time
  // with the analysis' wall-clock created_at, so the living analysis never runs here.
  'crash-loop/live': 'top cause at opening is configuration (40): the first restart counts as a configuration change; no refresh in simulated time',
};

describe.each(FAULT_CATALOG)('$name', (fault) => {
  for (const delivery of ['live', 'late'] as Delivery[]) {
    const miss = KNOWN_PRODUCT_MISSES[`${fault.name}/${delivery}`];
    const title = `${delivery}: ${fault.expected ? `one incident, top cause ${fault.expected.category}` : 'no incident'}${miss ? ` (known miss: ${miss})` : ''}`;
    (miss ? it.fails : it)(
      title,
      async () => {
        const run = await runFaultScenario(fault, { pluginId: `fs-${fault.name}-${delivery}`, delivery });
        if (!fault.expected) {
          expect(run.incidents.map((i) => i.title)).toEqual([]);
          return;
        }
        expect(run.incidents.length, JSON.stringify(run.incidents)).toBe(1);
        if (delivery === 'live') {
          expect(run.openedAfterOnsetMs).not.toBeNull();
          expect(run.openedAfterOnsetMs!).toBeLessThanOrEqual(LIVE_OPEN_BOUND_MS);
          expect(run.ruleMetAt).not.toBeNull();
          expect(run.openedAfterRuleMs!).toBeLessThanOrEqual(RULE_OPEN_BOUND_MS);
          expect(run.openedLate).toBe(false);
        } else {
          expect(run.openedByThePass).toBe(true);
          expect(run.openedLate).toBe(true);
          expect(run.startedAt! - run.onset).toBeGreaterThanOrEqual(-LATE_START_WINDOW.beforeMs);
          expect(run.startedAt! - run.onset).toBeLessThanOrEqual(LATE_START_WINDOW.afterMs);
        }
        const causes = run.topCause ? `${run.topCause.category} ${run.topCause.confidence}: ${run.topCause.description}` : 'no analysis';
        expect(run.topCause?.category, causes).toBe(fault.expected.category);
        if (fault.expected.mentions) expect(run.topCause!.text).toMatch(fault.expected.mentions);
      },
      240_000,
    );
  }
});
