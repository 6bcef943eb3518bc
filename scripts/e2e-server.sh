#!/usr/bin/env bash
# The server Playwright starts: prepare the (temporary) database, then serve the built console.
set -euo pipefail
cd "$(dirname "$0")/.."
# The demo and its tests reach services on this machine; the egress policy refuses loopback
# unless it is allowed, so allow it when the administrator said nothing.
if [ -z "${CONSOLE_EGRESS_ALLOW:-}" ]; then
  export CONSOLE_EGRESS_ALLOW="127.0.0.1,::1,localhost"
  echo "› CONSOLE_EGRESS_ALLOW was not set: allowing connections to ${CONSOLE_EGRESS_ALLOW} (loopback, for the demo)"
fi
npx tsx scripts/prepare.ts
exec npx next start -p "${1:-3100}"
