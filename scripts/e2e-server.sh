#!/usr/bin/env bash
# The server Playwright starts: prepare the (temporary) database, then serve the built console.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx scripts/prepare.ts
exec npx next start -p "${1:-3100}"
