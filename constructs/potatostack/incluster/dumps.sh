# Shared by the database dumps (backup_postgres.sh, backup_mariadb.sh), sourced.

# retention FOLDER...: in each folder, keep the newest dump of each of the newest
# $KEEP_DAILY days and the newest of each of the newest $KEEP_WEEKLY ISO weeks, from
# the timestamps in the names (<name>-YYYY-MM-DDTHHMMSSZ.<ext>).
retention() {
  for folder in "$@"; do
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
}

# freshness NAME: the success signal $METRICS_DIR/NAME.prom, in the node exporter's
# textfile format, written whole (a rename) so the collector never reads half of it.
freshness() {
  mkdir -p "$METRICS_DIR"
  cat > "$METRICS_DIR/.$1.prom" <<PROM
# HELP potatostack_backup_last_success_timestamp_seconds When the backup last finished without error.
# TYPE potatostack_backup_last_success_timestamp_seconds gauge
potatostack_backup_last_success_timestamp_seconds{backup="$1"} $(date -u +%s)
PROM
  mv "$METRICS_DIR/.$1.prom" "$METRICS_DIR/$1.prom"
}
