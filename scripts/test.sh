#!/usr/bin/env bash
# npm test: installs what is missing (npm packages, Debian's chromium and postgresql), then runs
# 1. unit and integration tests against in-memory PGlite,
# 2. the storage suites again against a real PostgreSQL started in a temporary folder,
# 3. the Playwright tests in Debian's Chromium against a production build,
# and ends with one summary line over all runners.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-debian.sh chromium postgresql redis-server etcd-server openssl || exit 1
reports=.tmp/reports
rm -rf "$reports" && mkdir -p "$reports"
status=0

echo; echo "═══ 1/3 Unit and integration tests (PGlite in memory) ═══"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest-pglite.json" 2>&1 | tee "$reports/vitest-pglite.log"
rc=${PIPESTATUS[0]}; echo $rc > "$reports/vitest-pglite.exit"; [ $rc -eq 0 ] || status=1

echo; echo "═══ 2/3 Storage suites against a real PostgreSQL ═══"
bash scripts/with-postgres.sh npx vitest run --config vitest.postgres.config.ts \
  --reporter=default --reporter=json --outputFile.json="$reports/vitest-postgres.json" 2>&1 | tee "$reports/vitest-postgres.log"
rc=${PIPESTATUS[0]}; echo $rc > "$reports/vitest-postgres.exit"; [ $rc -eq 0 ] || status=1

echo; echo "═══ 3/3 Browser tests (Playwright, Debian Chromium) ═══"
if NEXT_TELEMETRY_DISABLED=1 npx next build > "$reports/next-build.log" 2>&1; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json || status=1
else
  tail -n 60 "$reports/next-build.log"
  echo "next build failed: browser tests not run"
  status=1
fi

node scripts/summarize.mjs "$reports/vitest-pglite.json" "$reports/vitest-postgres.json" "$reports/playwright.json" || status=1
exit $status
