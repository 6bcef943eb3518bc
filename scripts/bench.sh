#!/usr/bin/env bash
# npm run bench: installs what is missing, starts a throw-away PostgreSQL for the storage rows,
# and runs every benchmark (bench/run.ts). Extra arguments pick benchmarks: nab, generator, ingest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-debian.sh postgresql chromium prometheus
exec bash scripts/with-postgres.sh npx tsx bench/run.ts "$@"
