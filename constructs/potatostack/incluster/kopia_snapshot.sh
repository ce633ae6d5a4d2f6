#!/bin/sh
# Snapshot every folder listed in $SOURCES into the Kopia repository at $REPOSITORY
# (created on first run, encrypted with $KOPIA_PASSWORD, which the owner keeps outside
# the cluster too), with the retention and ignore rules backups.py generates. The
# Kopia CronJobs run this file; so does the gate. On success: $METRICS_DIR/$BACKUP.prom.
# SOURCES: lines of "<folder><TAB><ignore patterns, space-separated>".
set -eu
# The repository password as a mounted Secret file (KOPIA_PASSWORD_FILE) in the cluster.
if [ -n "${KOPIA_PASSWORD_FILE:-}" ]; then
  KOPIA_PASSWORD=$(cat "$KOPIA_PASSWORD_FILE")
  export KOPIA_PASSWORD
fi
identity="--override-hostname=potatostack --override-username=backups"
if [ -f "$REPOSITORY/kopia.repository.f" ]; then
  kopia repository connect filesystem --path="$REPOSITORY" $identity
else
  # PBKDF2 (600,000 rounds of SHA-256) derives the key from the password instead of
  # Kopia's default scrypt, which takes 64 MiB of memory for every command: 42-47 MiB
  # peak per command instead of 108-226 MiB (measured here, /usr/bin/time, Kopia
  # 0.22.3, amd64). The password is a random one from the owner's password manager,
  # which neither withstands less; fixed when the repository is created.
  kopia repository create filesystem --path="$REPOSITORY" $identity \
    --format-block-key-derivation-algorithm=pbkdf2-sha256-600000
fi
kopia policy set --global --compression=zstd --keep-latest="$KEEP_LATEST" --keep-hourly=0 \
  --keep-daily="$KEEP_DAILY" --keep-weekly="$KEEP_WEEKLY" --keep-monthly="$KEEP_MONTHLY" --keep-annual=0
tab=$(printf '\t')
while IFS="$tab" read -r folder ignores; do
  [ -n "$folder" ] || continue
  kopia policy set "$folder" --clear-ignore
  for pattern in $ignores; do kopia policy set "$folder" --add-ignore="$pattern"; done
  kopia snapshot create "$folder" --description="$BACKUP"
done < "$SOURCES"
if [ -n "${OFFSITE_REPOSITORY:-}" ]; then
  # A second repository (another disk): the same snapshots, copied whole.
  kopia repository sync-to filesystem --path="$OFFSITE_REPOSITORY" --must-exist=false
fi
mkdir -p "$METRICS_DIR"
cat > "$METRICS_DIR/.$BACKUP.prom" <<PROM
# HELP potatostack_backup_last_success_timestamp_seconds When the backup last finished without error.
# TYPE potatostack_backup_last_success_timestamp_seconds gauge
potatostack_backup_last_success_timestamp_seconds{backup="$BACKUP"} $(date -u +%s)
PROM
mv "$METRICS_DIR/.$BACKUP.prom" "$METRICS_DIR/$BACKUP.prom"
