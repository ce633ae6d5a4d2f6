#!/bin/sh
# Restore MariaDB databases from backup_mariadb.sh's dumps, overwriting them:
#   restore_mariadb.sh NAME [DUMP]   one database from DUMP (a file name in $DUMPS/NAME/)
#                                    or its newest dump
#   restore_mariadb.sh --all         the accounts, then every database in $DATABASES
# The connection as backup_mariadb.sh's.
set -eu
. "$(dirname "$0")/mariadb_client.sh"
newest() { ls -1 "$DUMPS/$1" | grep -E -- "^$1-.*\.sql\.gz$" | sort | tail -n 1; }
restore() {
  database=$1 file=${2:-$(newest "$1")}
  [ -n "$file" ] && [ -f "$DUMPS/$database/$file" ] || { echo "no dump $DUMPS/$database/${file:-*}" >&2; exit 1; }
  echo "overwriting database $database from $file"
  # The dump recreates the database (CREATE DATABASE, then its tables): drop it first
  # so that nothing of the current one is left beside the restored tables.
  mariadb --defaults-extra-file="$client" -e "DROP DATABASE IF EXISTS \`$database\`"
  gunzip -c "$DUMPS/$database/$file" | mariadb --defaults-extra-file="$client"
}
if [ "${1:-}" = --all ]; then
  globals=$(newest globals)
  echo "restoring the accounts from $globals"
  gunzip -c "$DUMPS/globals/$globals" | mariadb --defaults-extra-file="$client"
  for database in $DATABASES; do restore "$database"; done
else
  restore "$1" "${2:-}"
fi
