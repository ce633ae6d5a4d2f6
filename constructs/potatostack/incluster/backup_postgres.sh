#!/bin/sh
# Dump every declared PostgreSQL database, one compressed file each, and the globals
# (roles), into $DUMPS; keep $KEEP_DAILY daily and $KEEP_WEEKLY weekly dumps; on
# success write the freshness signal $METRICS_DIR/postgres-dump.prom (node exporter's
# textfile format). The database-dump CronJob runs this file; so does the gate.
# DATABASES: space-separated names; PGHOST, PGUSER, PGPASSWORD (or PGPASSWORD_FILE, a mounted Secret): the superuser.
set -eu
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

# Retention, from the timestamps in the names: the newest dump of each of the newest
# KEEP_DAILY days, and the newest of each of the newest KEEP_WEEKLY ISO weeks.
for folder in "$DUMPS"/*/; do
  days="" weeks="" day_count=0 week_count=0
  for file in $(ls -1 "$folder" | grep -E -- '-[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}Z\.' | sort -r); do
    day=$(echo "$file" | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}T' | tr -d T)
    week=$(date -u -d "$day" +%G-W%V)
    keep=no
    case " $days " in *" $day "*) ;; *)
      if [ "$day_count" -lt "$KEEP_DAILY" ]; then keep=yes; fi
      days="$days $day" day_count=$((day_count + 1)) ;;
    esac
    case " $weeks " in *" $week "*) ;; *)
      if [ "$week_count" -lt "$KEEP_WEEKLY" ]; then keep=yes; fi
      weeks="$weeks $week" week_count=$((week_count + 1)) ;;
    esac
    if [ "$keep" = no ]; then rm -f "$folder$file" && echo "removed $folder$file (retention)"; fi
  done
done

mkdir -p "$METRICS_DIR"
cat > "$METRICS_DIR/.postgres-dump.prom" <<PROM
# HELP potatostack_backup_last_success_timestamp_seconds When the backup last finished without error.
# TYPE potatostack_backup_last_success_timestamp_seconds gauge
potatostack_backup_last_success_timestamp_seconds{backup="postgres-dump"} $(date -u +%s)
PROM
mv "$METRICS_DIR/.postgres-dump.prom" "$METRICS_DIR/postgres-dump.prom"
