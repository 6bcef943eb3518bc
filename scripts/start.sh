#!/usr/bin/env bash
# npm start: installs what is missing, builds when the sources changed, prepares the database
# (migrations, first admin, demo fleet), then serves the console on port 3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

# Rebuild only when tracked sources differ from the last build.
src_hash=$( (git ls-files -s 2>/dev/null; git diff 2>/dev/null) | sha256sum | cut -d' ' -f1)
if [ ! -f .next/BUILD_ID ] || [ "$(cat .next/.source-hash 2>/dev/null)" != "$src_hash" ] || [ -z "$(git rev-parse HEAD 2>/dev/null)" ]; then
  echo "› Building the console (next build)…"
  NEXT_TELEMETRY_DISABLED=1 npx next build
  echo "$src_hash" > .next/.source-hash
fi

echo "› Preparing the database…"
npx tsx scripts/prepare.ts
echo "› Serving on http://localhost:${PORT:-3000}"
NEXT_TELEMETRY_DISABLED=1 exec npx next start -p "${PORT:-3000}"
