// The incident scenario table (issue 17: "every fault opens an incident within 60 s of its data
// arriving, noise opens none, and each top cause is right"): every fault of
// lib/aiops/incidents/testing/fault-catalog.ts pushed through the API to an embedded database,
// live (a minute at a time, the incident job after each minute at that simulated time) and late
// (one batch 20 minutes after the end, then one job run), each to its own plugin. Prints the
// scenario table, then the details behind it: when the data met the grouping rule, where the
// incident starts, its analyses, what re-analysing it at the end would say, and what is wrong.
// The same runs are asserted by lib/aiops/incidents/fault-scenarios-{live,late}.test.ts.
// Two sets: the development catalog (the product was fixed against it) and the held-out set
// (testing/heldout-faults.ts, written by someone who read no detection, grouping or analysis
// code, frozen before its first run, never tuned on; its misses were then fixed, so it is seen
// now) and a second held-out set (testing/heldout-faults-2.ts, written and frozen the same way).
// A third, a fourth and a fifth (testing/heldout-faults-3.ts, -4.ts, -5.ts) were added the same
// way. `--set dev`, `--set heldout`, `--set heldout2` … `--set heldout5` runs one.
// Run: npx tsx bench/incidents/fault-scenarios.ts (or npm run bench -- incident-faults).
import { openEmbeddedBenchDb } from '../open-embedded-db';
import { printTable } from '../table';

process.env.CONSOLE_SECRET_KEY ??= '0'.repeat(64);
process.env.CONSOLE_DATA_DIR ??= '.tmp/bench-data';
process.env.CONSOLE_URL ??= 'http://localhost:3000';

const { setDbForTests } = await import('@/lib/db/client');
const { FAULT_CATALOG } = await import('@/lib/aiops/incidents/testing/fault-catalog');
const { HELDOUT_CATALOG } = await import('@/lib/aiops/incidents/testing/heldout-faults');
const { HELDOUT_CATALOG_2 } = await import('@/lib/aiops/incidents/testing/heldout-faults-2');
const { HELDOUT_CATALOG_3 } = await import('@/lib/aiops/incidents/testing/heldout-faults-3');
const { HELDOUT_CATALOG_4 } = await import('@/lib/aiops/incidents/testing/heldout-faults-4');
const { HELDOUT_CATALOG_5 } = await import('@/lib/aiops/incidents/testing/heldout-faults-5');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null;
const SETS = [
  { name: 'development', short: 'dev', catalog: FAULT_CATALOG },
  // Seen since stop 20 (its misses were fixed in general rules, with development faults of their own).
  { name: 'held-out 1 (seen: its misses were reported and fixed)', short: 'heldout', catalog: HELDOUT_CATALOG },
  { name: 'held-out 2 (frozen before its first run; seen since: its misses were fixed)', short: 'heldout2', catalog: HELDOUT_CATALOG_2 },
  { name: 'held-out 3 (frozen before its first run; seen since: its misses were fixed)', short: 'heldout3', catalog: HELDOUT_CATALOG_3 },
  { name: 'held-out 4 (frozen before its first run; seen since: its misses were fixed)', short: 'heldout4', catalog: HELDOUT_CATALOG_4 },
  { name: 'held-out 5 (frozen before its first run; seen since: its misses were fixed)', short: 'heldout5', catalog: HELDOUT_CATALOG_5 },
].filter((s) => !only || s.short === only);
const { LATE_DELAY_MS, runFaultScenario, problemsOf, mmss, signedMmss } = await import('@/lib/aiops/incidents/testing/run-fault-scenario');
type FaultRun = Awaited<ReturnType<typeof runFaultScenario>>;

const handle = await openEmbeddedBenchDb('bench-incident-faults');
setDbForTests(handle);
for (const set of SETS) {
  const started = performance.now();
  const rows: (string | number)[][] = [];
  const details: (string | number)[][] = [];
  let good = 0;
  for (const fault of set.catalog) {
    for (const delivery of ['live', 'late'] as const) {
      const run: FaultRun = await runFaultScenario(fault, { pluginId: `bench-${set.short}-${fault.name}-${delivery}`, delivery, reanalyseAtEnd: true });
      const problems = problemsOf(fault, run);
      if (!problems.length) good++;
      const opened =
        delivery === 'live'
          ? run.openedAfterOnsetMs === null
            ? 'never'
            : mmss(run.openedAfterOnsetMs)
          : run.openedByThePass
            ? `${mmss(run.end + LATE_DELAY_MS - run.onset)} (one run)`
            : 'never';
      rows.push([
        fault.name,
        delivery,
        opened,
        run.incidents.length,
        run.topCause?.category ?? '–',
        run.topCause ? run.topCause.confidence : '–',
        fault.expected ? fault.expected.category : 'no incident',
        problems.length ? 'NO' : 'yes',
      ]);
      details.push([
        fault.name,
        delivery,
        run.ruleMetAt === null ? '–' : signedMmss(run.ruleMetAt - run.onset),
        run.openedAfterRuleMs === null ? '–' : mmss(run.openedAfterRuleMs),
        run.startedAt === null ? '–' : signedMmss(run.startedAt - run.onset),
        run.openedLate === null ? '–' : String(run.openedLate),
        run.analyses.map((a) => a.createdBy.replace('console: ', '')).join(', ') || '–',
        run.atEnd ? `${run.atEnd.category} ${run.atEnd.confidence}` : '–',
        `${(run.tookMs / 1000).toFixed(1)} s`,
        problems.join('; ') || '',
      ]);
    }
  }
  printTable(
    `Incident fault scenarios, ${set.name} set: ${set.catalog.length} faults × live/late through the API (embedded PGlite), ${good}/${rows.length} as expected; opened after = simulated time from the onset to the job run that opened it`,
    ['fault', 'delivery', 'opened after', 'incidents', 'top cause', 'confidence', 'expected', 'ok'],
    rows,
  );
  printTable(
    'Details: rule met (data time from onset), job run after it, incident start from onset, opened late, analyses of the incident, top cause re-analysed at the end (not stored)',
    ['fault', 'delivery', 'rule met', 'opened after rule', 'starts', 'opened late', 'analyses', 'at end', 'took', 'problems'],
    details,
  );
  console.log(`\n${set.catalog.length * 2} runs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
setDbForTests(undefined);
await handle.close();
