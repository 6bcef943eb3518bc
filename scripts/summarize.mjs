// Adds up the JSON reports of every test run into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
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
        const lines = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').split('\n');
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
