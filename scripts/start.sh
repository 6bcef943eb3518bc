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

# The demo and its tests reach services on this machine; the egress policy refuses loopback
# unless it is allowed, so allow it when the administrator said nothing.
if [ -z "${CONSOLE_EGRESS_ALLOW:-}" ]; then
  export CONSOLE_EGRESS_ALLOW="127.0.0.1,::1,localhost"
  echo "› CONSOLE_EGRESS_ALLOW was not set: allowing connections to ${CONSOLE_EGRESS_ALLOW} (loopback, for the demo)"
fi
echo "› Preparing the database…"
npx tsx scripts/prepare.ts
echo "› Serving on http://localhost:${PORT:-3000}"
NEXT_TELEMETRY_DISABLED=1 exec npx next start -p "${PORT:-3000}"
