#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the test suite (a private cluster under /tmp, reached only
# through a Unix socket) and prints its SQLAlchemy URL. Safe to run again: it reuses the cluster.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (installer/apt-packages.txt)" >&2; exit 1; }
dir=${QSPACE_TEST_PG_DIR:-/tmp/qspace-test-pg}
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir/socket"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U kiosk -E UTF8 >"$dir/initdb.log" 2>&1
fi
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir/socket -c listen_addresses=''" start >/dev/null
fi
as_owner "$bin/createdb" -h "$dir/socket" -U kiosk kiosk_test 2>/dev/null || true
echo "postgresql+psycopg://kiosk@/kiosk_test?host=$dir/socket"
