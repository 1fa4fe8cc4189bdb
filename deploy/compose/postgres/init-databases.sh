#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: one database per service owned by <database>_owner (migrations),
# and <database>_service, the role the service connects as. What <database>_service may do in its database is
# granted by the service's own migrations. Passwords come from the environment (see .env.example).
set -euo pipefail

create_role() {
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v role="$1" -v password="$2" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SQL
}

for database in intake investigation victim_assistance reporting; do
    upper=${database^^}
    owner_password_variable="${upper}_OWNER_PASSWORD"
    service_password_variable="${upper}_SERVICE_PASSWORD"
    create_role "${database}_owner" "${!owner_password_variable:?$owner_password_variable is not set}"
    create_role "${database}_service" "${!service_password_variable:?$service_password_variable is not set}"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -c "CREATE DATABASE ${database} OWNER ${database}_owner" \
        -c "REVOKE ALL ON DATABASE ${database} FROM PUBLIC" \
        -c "GRANT CONNECT ON DATABASE ${database} TO ${database}_service"
done

create_role keycloak "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is not set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE keycloak OWNER keycloak"
