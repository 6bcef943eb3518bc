// npm run bench: every benchmark of the console, each printing its own tables (benchmarks
// assert nothing). Each runs in its own process so one's memory and JIT state do not skew
// another's numbers. `npm run bench -- nab ingest` runs only those.
import { spawnSync } from 'node:child_process';

const BENCHES: Record<string, string> = {
  nab: 'bench/nab/run.ts',
  'alert-quality': 'bench/alert-quality/run.ts',
  generator: 'bench/generator/run.ts',
  'generator-unseen': 'bench/generator/run-unseen.ts',
  ingest: 'bench/storage/main.ts',
  'remote-write': 'bench/remote-write/run.ts',
  otlp: 'bench/otlp/main.ts',
  form: 'bench/form/run.ts',
  whatif: 'bench/whatif/run.ts',
  rca: 'bench/rca/run.ts',
  incidents: 'bench/incidents/run.ts',
  'incident-faults': 'bench/incidents/fault-scenarios.ts',
  charts: 'bench/charts/run.ts',
  'event-loop': 'bench/event-loop/run.ts',
  prometheus: 'bench/prometheus/run.ts',
  'week-view': 'bench/browser/week-view.ts',
};

const only = process.argv.slice(2);
let failed = 0;
for (const [name, file] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━━ ${name} ━━━`);
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.log(`(${name} benchmark failed with exit code ${r.status})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
