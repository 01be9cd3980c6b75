#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the storage tests, idempotently.
# Installs PostgreSQL from Debian if missing, initialises a cluster in $PGDATA, starts it on
# 127.0.0.1:$PGPORT, creates role and database `flashpoint` (trust auth, local only) and prints
# the URL to export as FLASHPOINT_TEST_PG.
set -euo pipefail

PGDATA="${PGDATA:-/tmp/flashpoint-pgdata}"
PGPORT="${PGPORT:-55432}"
PGLOG="${PGLOG:-/tmp/flashpoint-pg.log}"

as_postgres() {
    if [ "$(id -un)" = "postgres" ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGBIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"

if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    chown postgres:postgres "$PGDATA" 2>/dev/null || true
    as_postgres "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres >&2
fi

if ! as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    touch "$PGLOG"
    chown postgres:postgres "$PGLOG" 2>/dev/null || true
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -o "-h 127.0.0.1 -p $PGPORT -k /tmp" -l "$PGLOG" -w start >&2
fi

psql_admin() {
    as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -tAc "$1"
}
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'flashpoint'")" != "1" ]; then
    psql_admin "CREATE ROLE flashpoint LOGIN PASSWORD 'flashpoint' CREATEDB" >&2
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'flashpoint'")" != "1" ]; then
    psql_admin "CREATE DATABASE flashpoint OWNER flashpoint" >&2
fi

echo "postgresql://flashpoint:flashpoint@127.0.0.1:$PGPORT/flashpoint"
