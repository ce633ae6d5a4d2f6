#!/bin/sh
# Restore one folder from the Kopia repository: kopia_restore.sh FOLDER [SNAPSHOT]
# restores SNAPSHOT (a root ID from `kopia snapshot list`), or the newest snapshot of
# FOLDER, onto FOLDER itself, overwriting what is there. SQLITE: the folder's live
# SQLite files, put back from the consistent copies sqlite_copy.py made.
set -eu
# The repository password as a mounted Secret file (KOPIA_PASSWORD_FILE) in the cluster.
if [ -n "${KOPIA_PASSWORD_FILE:-}" ]; then
  KOPIA_PASSWORD=$(cat "$KOPIA_PASSWORD_FILE")
  export KOPIA_PASSWORD
fi
folder=$1 snapshot=${2:-latest}
kopia repository connect filesystem --path="$REPOSITORY" --override-hostname=potatostack --override-username=backups
if [ "$snapshot" = latest ]; then
  snapshot=$(kopia snapshot list "$folder" | awk '$1 ~ /^[0-9][0-9][0-9][0-9]-/ {id = $4} END {print id}')
  [ -n "$snapshot" ] || { echo "no snapshot of $folder in $REPOSITORY" >&2; exit 1; }
fi
echo "overwriting $folder with snapshot $snapshot"
kopia restore "$snapshot" "$folder" --overwrite-files --overwrite-directories --no-ignore-permission-errors
for database in ${SQLITE:-}; do
  rm -f "$folder/$database-wal" "$folder/$database-shm" "$folder/$database-journal"
  mv "$folder/.consistent/$database" "$folder/$database"
  echo "restored $folder/$database from its consistent copy"
done
