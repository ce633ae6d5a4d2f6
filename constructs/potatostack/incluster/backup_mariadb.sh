#!/bin/sh
# Dump every declared MariaDB database, one compressed file each, and the accounts
# (users and grants), into $DUMPS; keep $KEEP_DAILY daily and $KEEP_WEEKLY weekly
# dumps; on success write the freshness signal $METRICS_DIR/mariadb-dump.prom. The
# mariadb-dump CronJob runs this file (the server's own image); so does the gate.
# DATABASES: space-separated names; DB_HOST and DB_PORT, or DB_SOCKET; DB_USER and
# DB_PASSWORD_FILE (a mounted Secret): an account that may read everything.
set -eu
. "$(dirname "$0")/dumps.sh"
. "$(dirname "$0")/mariadb_client.sh"
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p "$DUMPS/globals"
# The accounts as CREATE USER and GRANT statements: the seafile user's password hash
# goes with its databases. To a file first: a failing dump in a pipe would leave an
# empty file behind.
mariadb-dump --defaults-extra-file="$client" --system=users --insert-ignore > "$DUMPS/globals/.globals-$stamp.sql"
gzip -6 "$DUMPS/globals/.globals-$stamp.sql"
mv "$DUMPS/globals/.globals-$stamp.sql.gz" "$DUMPS/globals/globals-$stamp.sql.gz"
for database in $DATABASES; do
  mkdir -p "$DUMPS/$database"
  # One consistent InnoDB snapshot per database without locking Seafile out; the
  # routines, events and triggers with the tables.
  mariadb-dump --defaults-extra-file="$client" --single-transaction --routines --events --triggers \
    --databases "$database" > "$DUMPS/$database/.$database-$stamp.sql"
  gzip -6 "$DUMPS/$database/.$database-$stamp.sql"
  mv "$DUMPS/$database/.$database-$stamp.sql.gz" "$DUMPS/$database/$database-$stamp.sql.gz"
  echo "dumped $database to $database/$database-$stamp.sql.gz ($(wc -c < "$DUMPS/$database/$database-$stamp.sql.gz") bytes)"
done
retention "$DUMPS"/*/
freshness mariadb-dump
