// Issue 17's scenario suite (fault-scenarios-live.test.ts and fault-scenarios-late.test.ts, one
// delivery each, so the two halves run on both workers): every fault of testing/fault-catalog.ts pushed through the API to a
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
// Runtime: about 60–90 s for the 26 runs (half in each file) on the shared 2-core machine, depending on its load. Each run
// needs 30 h of history (the detectors are on probation for their first ~25 h, the analysis
// compares with the same time a day earlier); live, the minutes from 10 before the onset to the
// end (30 after) are 41 job runs. Each run's incidents are resolved by an operator once read, so
// later runs do not regroup earlier plugins (which made the last runs 3× slower than the first).
import { describe, expect, it } from 'vitest';
import { FAULT_CATALOG } from './fault-catalog';
import { LATE_START_WINDOW, LIVE_OPEN_BOUND_MS, RULE_OPEN_BOUND_MS, type Delivery, runFaultScenario } from './run-fault-scenario';

/** Every fault of the development catalog, delivered one way; the file calling it opens the database (useTestDb). */
export function describeFaultScenarios(delivery: Delivery): void {
  describe.each(FAULT_CATALOG)('$name', (fault) => {
    const title = `${delivery}: ${fault.expected ? `one incident, top cause ${fault.expected.category}` : 'no incident'}`;
    it(
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
  });
}
