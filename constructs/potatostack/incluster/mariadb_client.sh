# Sourced by the MariaDB scripts: a client option file with the connection and the
# password read from its mounted Secret, so the password is in neither the command
# line nor the environment. $client names it; it is removed on exit.
client=$(mktemp)
trap 'rm -f "$client"' EXIT
chmod 600 "$client"
{
  echo "[client]"
  echo "user=${DB_USER:-root}"
  printf 'password="%s"\n' "$(cat "$DB_PASSWORD_FILE")"
  if [ -n "${DB_SOCKET:-}" ]; then echo "socket=$DB_SOCKET"; else echo "host=$DB_HOST"; echo "port=${DB_PORT:-3306}"; fi
} > "$client"
