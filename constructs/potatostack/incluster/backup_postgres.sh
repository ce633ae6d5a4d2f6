#!/bin/sh
# Dump every declared PostgreSQL database, one compressed file each, and the globals
# (roles), into $DUMPS; keep $KEEP_DAILY daily and $KEEP_WEEKLY weekly dumps; on
# success write the freshness signal $METRICS_DIR/postgres-dump.prom (node exporter's
# textfile format). The database-dump CronJob runs this file; so does the gate.
# DATABASES: space-separated names; PGHOST, PGUSER, PGPASSWORD (or PGPASSWORD_FILE, a mounted Secret): the superuser.
set -eu
# retention and freshness, beside this file (the same ConfigMap folder in the cluster).
. "$(dirname "$0")/dumps.sh"
if [ -n "${PGPASSWORD_FILE:-}" ]; then
  PGPASSWORD=$(cat "$PGPASSWORD_FILE")
  export PGPASSWORD
fi
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p "$DUMPS/globals"
# To a file first: a failing pg_dumpall in a pipe would leave an empty dump behind.
pg_dumpall --globals-only --file="$DUMPS/globals/.globals-$stamp.sql"
gzip -6 "$DUMPS/globals/.globals-$stamp.sql"
mv "$DUMPS/globals/.globals-$stamp.sql.gz" "$DUMPS/globals/globals-$stamp.sql.gz"
for database in $DATABASES; do
  mkdir -p "$DUMPS/$database"
  # The custom format is compressed and lets pg_restore recreate the database whole.
  pg_dump --format=custom --compress=6 --file="$DUMPS/$database/.$database-$stamp.dump" "$database"
  mv "$DUMPS/$database/.$database-$stamp.dump" "$DUMPS/$database/$database-$stamp.dump"
  echo "dumped $database to $database/$database-$stamp.dump ($(wc -c < "$DUMPS/$database/$database-$stamp.dump") bytes)"
done

retention "$DUMPS"/*/
freshness postgres-dump
