#!/bin/sh
# Restore databases from the dumps backup_postgres.sh wrote: the globals (roles) first,
# then each database dropped and recreated from its dump. Overwrites what is there.
#   restore_postgres.sh NAME [DUMP]   one database, from DUMP or its newest dump
#   restore_postgres.sh --all         every database in $DUMPS, from its newest dump
# PGHOST, PGUSER, PGPASSWORD (or PGPASSWORD_FILE, a mounted Secret): the superuser; DUMPS: the dump folder.
set -eu
if [ -n "${PGPASSWORD_FILE:-}" ]; then
  PGPASSWORD=$(cat "$PGPASSWORD_FILE")
  export PGPASSWORD
fi
newest() { ls -1 "$DUMPS/$1" | grep -E -- "^$1-.*\.(dump|sql\.gz)\$" | sort | tail -n 1; }
restore_globals() {
  file=$(newest globals)
  [ -n "$file" ] || { echo "no globals dump in $DUMPS/globals" >&2; exit 1; }
  # Roles that exist already make CREATE ROLE fail; ALTER ROLE still sets them.
  # The superuser's own lines are left out: it is the one running this.
  # (A pipe, not a file: the restore Job's root filesystem is read-only.)
  gzip -dc "$DUMPS/globals/$file" | grep -vE '^(CREATE|ALTER) ROLE "?postgres"?( |;)' |
    psql --no-psqlrc --quiet --dbname=postgres 2>&1 | { grep -v 'already exists' || true; }
  echo "restored roles from globals/$file"
}
restore_one() {
  name=$1 file=${2:-$(newest "$1")}
  [ -n "$file" ] || { echo "no dump of $name in $DUMPS/$name" >&2; exit 1; }
  case "$file" in /*) ;; *) file="$DUMPS/$name/$file" ;; esac
  echo "overwriting database $name with $file"
  psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 --dbname=postgres -v name="$name" <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'name';
SELECT format('DROP DATABASE IF EXISTS %I', :'name') \gexec
SQL
  pg_restore --create --exit-on-error --dbname=postgres "$file"
  echo "restored $name"
}
case "${1:-}" in
  ""|-h|--help) sed -n 2,6p "$0"; exit 0 ;;
  --all)
    restore_globals
    for folder in "$DUMPS"/*/; do
      name=$(basename "$folder")
      [ "$name" = globals ] || restore_one "$name"
    done ;;
  *) restore_globals; restore_one "$1" "${2:-}" ;;
esac
