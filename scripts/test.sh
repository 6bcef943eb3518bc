#!/usr/bin/env bash
# npm test: installs what is missing (npm packages, Debian's chromium, postgresql and prometheus), then runs
# 0. the checks that hold the code's shape: lint (Biome), types (tsc), import boundaries (dependency-cruiser),
# 1. unit and integration tests against in-memory PGlite,
# 2. the storage suites again against a real PostgreSQL started in a temporary folder,
# 3. the Playwright tests in Debian's Chromium against a production build (built beside step 2),
# and ends with the time of each stage (installing what was missing included) and one summary line over all runners.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-debian.sh chromium postgresql redis-server etcd-server openssl prometheus || exit 1
installed=$SECONDS
reports=.tmp/reports
rm -rf "$reports" && mkdir -p "$reports"
status=0
# What installing took (nothing, once everything is there) is a stage of the summary too.
printf 'install\t%s\t0\t0\n' "$installed" > "$reports/stages.tsv"

# stage NAME COMMAND...: runs a stage, records its duration, exit code and start (seconds since
# npm test began: stages that ran side by side overlap) for the summary.
stage() {
  local name=$1; shift
  local start=$SECONDS
  "$@"
  local rc=$?
  printf '%s\t%s\t%s\t%s\n' "$name" $((SECONDS - start)) "$rc" "$start" >> "$reports/stages.tsv"
  [ $rc -eq 0 ] || status=1
}

# A stage that runs a test runner: its output is kept beside the JSON report.
runner() {
  local report=$1; shift
  "$@" 2>&1 | tee "$reports/$report.log"
  local rc=${PIPESTATUS[0]}
  echo $rc > "$reports/$report.exit"
  return $rc
}

echo; echo "═══ 0/3 Lint, types and import boundaries ═══"
stage lint npm run --silent lint
# tsc and dependency-cruiser each use one core: side by side on two, types' output after both.
# Next's route types (.next/types) are generated first, so tsc checks all that next build's own
# type check would; the build below then skips that check (next.config.mjs).
( status=0; stage types bash -c 'npx next typegen > /dev/null && npm run --silent typecheck' > "$reports/types.log" 2>&1; exit $status ) &
types_pid=$!
stage boundaries npm run --silent boundaries
types_checked=1
wait $types_pid || { status=1; types_checked=0; }
cat "$reports/types.log"

echo; echo "═══ 1/3 Unit and integration tests (PGlite in memory) ═══"
stage unit runner vitest-pglite npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest-pglite.json"

echo; echo "═══ 2/3 Storage suites against a real PostgreSQL ═══"
# The production build for the browser tests runs beside this suite (its output goes to a log):
# the suite waits on its PostgreSQL server much of the time, so the two share the cores well.
build() {
  CONSOLE_TYPES_CHECKED=$types_checked NEXT_TELEMETRY_DISABLED=1 npx next build > "$reports/next-build.log" 2>&1 && return 0
  tail -n 60 "$reports/next-build.log"
  echo "next build failed: browser tests not run"
  return 1
}
( status=0; stage build build; exit $status ) &
build_pid=$!
stage postgres runner vitest-postgres bash scripts/with-postgres.sh npx vitest run --config vitest.postgres.config.ts \
  --reporter=default --reporter=json --outputFile.json="$reports/vitest-postgres.json"
built=1
wait $build_pid || { status=1; built=0; }

echo; echo "═══ 3/3 Browser tests (Playwright, Debian Chromium) ═══"
if [ $built = 1 ]; then
  stage browser env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json
fi

node scripts/summarize.mjs "$reports/stages.tsv" "$reports/vitest-pglite.json" "$reports/vitest-postgres.json" "$reports/playwright.json" || status=1
exit $status
