#!/bin/sh
# Run by the postgres image once, when its data volume is first created (/docker-entrypoint-initdb.d).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner_role="${KEEL_DB_OWNER_USERNAME:-keel_owner}" -v owner_password="$KEEL_DB_OWNER_PASSWORD" \
    -v app_role="${KEEL_DB_USERNAME:-keel_app}" -v app_password="$KEEL_DB_PASSWORD" \
    -f /keel/keel-roles.sql
