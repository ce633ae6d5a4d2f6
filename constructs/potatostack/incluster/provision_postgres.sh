#!/bin/sh
# Create a login role and a database of the same name for each client, and set the
# role's password to the one the secret generator made. Safe to re-run: existing
# roles and databases are kept, only the password is set again.
# CLIENTS: space-separated client names; PASSWORD_<NAME>_FILE: the file (a mounted
# Secret) holding each one's password; EXTENSIONS_<NAME>: extensions to create in its
# database (with what they need); PGHOST, PGUSER and PGPASSWORD_FILE: the superuser
# connection. Passwords come from files, so none is in the pod's declared environment.
set -eu
PGPASSWORD=$(cat "$PGPASSWORD_FILE")
export PGPASSWORD
for client in $CLIENTS; do
  variable="PASSWORD_$(echo "$client" | tr 'a-z-' 'A-Z_')_FILE"
  password=$(cat "$(printenv "$variable")")
  psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 -v name="$client" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'name')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
ALTER ROLE :"name" WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
SQL
  for extension in $(printenv "EXTENSIONS_$(echo "$client" | tr 'a-z-' 'A-Z_')" || true); do
    psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 --dbname="$client" -v extension="$extension" <<'SQL'
SELECT format('CREATE EXTENSION IF NOT EXISTS %I CASCADE', :'extension') \gexec
SQL
  done
  echo "provisioned $client"
done
