// Adds up the JSON reports of every test run into one closing line: "N passed, N failed", after
// a table of the time each stage of npm test took. The first argument is test.sh's stages.tsv
// (name, seconds, exit code); a check stage that failed (lint, types, boundaries, build) counts
// as one failure, since no runner report counts it.
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const RUNNER_STAGES = new Set(['unit', 'postgres', 'browser']);
let passed = 0;
let failed = 0;
let skipped = 0;
const [stagesFile, ...reports] = process.argv.slice(2);
if (stagesFile && existsSync(stagesFile)) {
  const rows = readFileSync(stagesFile, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  // Wall time from the first start to the last end: stages that ran side by side count once.
  // (Rows without a start column follow one another.)
  let clock = 0;
  const spans = rows.map(([, secs, , start]) => {
    const from = start === undefined || start === '' ? clock : Number(start);
    clock = Math.max(clock, from + Number(secs));
    return [from, from + Number(secs)];
  });
  const total = spans.length ? Math.max(...spans.map(([, to]) => to)) - Math.min(...spans.map(([from]) => from)) : 0;
  console.log('\nstage        time     result');
  for (const [name, secs, rc] of [...rows.map((r) => r.slice(0, 3)), ['total', String(total), '']]) {
    const t = `${Math.floor(Number(secs) / 60)}m${String(Number(secs) % 60).padStart(2, '0')}s`;
    console.log(`${name.padEnd(12)} ${t.padStart(7)}  ${rc === '' ? '' : rc === '0' ? 'ok' : `failed (exit ${rc})`}`);
    if (rc !== '' && rc !== '0' && !RUNNER_STAGES.has(name)) failed += 1;
  }
}
for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`(no report at ${file}: that run did not finish)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (r.numPassedTests !== undefined) {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // Vitest also fails a run on errors outside any test (an unhandled rejection), which its
    // report does not count: test.sh writes the runner's exit code beside the report.
    const exitFile = file.replace(/\.json$/, '.exit');
    const code = existsSync(exitFile) ? Number(readFileSync(exitFile, 'utf8').trim()) : 0;
    if (code !== 0 && r.numFailedTests === 0) {
      console.log(`${file}: the run failed outside its tests (exit ${code}):`);
      // Repeat the errors here: a CI log is often read from its end.
      const log = file.replace(/\.json$/, '.log');
      if (existsSync(log)) {
        const lines = stripVTControlCharacters(readFileSync(log, 'utf8')).split('\n');
        const at = lines.findIndex((l) => /Unhandled (Errors?|Rejection)/.test(l));
        if (at >= 0) console.log(lines.slice(at, at + 40).join('\n'));
      }
      failed += 1;
    }
  } else if (r.stats) {
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    // A run that failed before any test (the server did not start) still failed.
    if (r.errors?.length) {
      for (const e of r.errors) console.log(`Playwright: ${e.message?.split('\n')[0] ?? e}`);
      failed += r.errors.length;
    }
  }
}
console.log(`\nAll suites: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
