#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server (Debian's postgresql package) started in a
# temporary folder; TEST_DATABASE_URL points at it. The server and folder are removed afterwards.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql" >&2; exit 1; }
dir=$(mktemp -d /tmp/console-pg.XXXXXX)
port=${TEST_PG_PORT:-54329}
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "› PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on port $port"
"$@"
