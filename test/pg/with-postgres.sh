#!/usr/bin/env bash
# npm run test:pg — the API and storage tests (or, after --, any command) against a real PostgreSQL 15 server that this
# script starts in a temporary folder (Unix socket only, no TCP port) and removes afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$BIN/initdb" ] || { echo "PostgreSQL introuvable (/usr/lib/postgresql/*/bin)"; exit 1; }
DIR=$(mktemp -d /tmp/aict-pg-XXXXXX)
PORT=54329
RUN=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; RUN=(runuser -u postgres --); fi
cleanup() { "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
# Tests trade durability for speed; benchmarks (PG_DURABLE=1) keep PostgreSQL's defaults.
SPEED="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${PG_DURABLE:-}" = 1 ] && SPEED="-c shared_buffers=1GB -c max_wal_size=4GB"
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses='' -k $DIR -p $PORT $SPEED -c max_connections=300" start >/dev/null
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') démarré dans $DIR"
export TEST_DATABASE_URL="postgres://postgres@localhost:$PORT/postgres?host=$DIR"
# `with-postgres.sh -- <command>` runs any command (the benchmarks); otherwise vitest.
if [ "${1:-}" = "--" ]; then shift; "$@"; else npx vitest run "$@"; fi
