#!/usr/bin/env bash
# Creates Wijkfonds' two database accounts, idempotently, as a MariaDB administrator (root):
#   the owner (WIJKFONDS_DB_OWNER_USER), which runs the migrations: every right on the platform's database only,
#     with the right to pass them on;
#   the application (WIJKFONDS_DB_USER), created with no right on any table: at every start the application, as
#     owner, grants it per table what the migrations declare (SchemaMigration), so on the audit trail only INSERT
#     and SELECT.
# Usage: payara/db-accounts.sh JDBC_URL   (the database is taken from the URL, so every test database works)
# Environment: WIJKFONDS_DB_OWNER_USER, WIJKFONDS_DB_OWNER_PASSWORD, WIJKFONDS_DB_USER, WIJKFONDS_DB_PASSWORD;
#   DB_ADMIN_USER (default root) and DB_ADMIN_PASSWORD (default empty): who creates them;
#   DB_ACCOUNT_HOST (default %): where the accounts may connect from.
set -euo pipefail

url="${1:?usage: db-accounts.sh JDBC_URL}"
if [[ ! "$url" =~ ^jdbc:mariadb://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    echo "db-accounts.sh: cannot read host and database from $url" >&2
    exit 1
fi
host="${BASH_REMATCH[1]}"
port="${BASH_REMATCH[3]:-3306}"
database="${BASH_REMATCH[4]}"
owner="${WIJKFONDS_DB_OWNER_USER:?}"
app="${WIJKFONDS_DB_USER:?}"
account_host="${DB_ACCOUNT_HOST:-%}"
for value in "$owner" "$app" "${WIJKFONDS_DB_OWNER_PASSWORD:-}" "${WIJKFONDS_DB_PASSWORD:-}" "$account_host"; do
    if [[ "$value" == *[\'\\]* ]]; then
        echo "db-accounts.sh: account names and passwords may not contain quotes or backslashes" >&2
        exit 1
    fi
done

if ! command -v mariadb >/dev/null; then
    echo "db-accounts.sh: installing Debian's mariadb-client"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-client >/dev/null
fi

# In GRANT an underscore in a database name is a wildcard; escaped, the grant names this database only.
pattern="${database//_/\\_}"
as_admin() {
    MYSQL_PWD="${DB_ADMIN_PASSWORD:-}" mariadb --protocol=tcp -h "$host" -P "$port" -u "${DB_ADMIN_USER:-root}" \
        -e "select 1" >/dev/null 2>&1 && set -- --protocol=tcp -h "$host" -P "$port"
    # Debian's own server lets the system's root in through the local socket only.
    MYSQL_PWD="${DB_ADMIN_PASSWORD:-}" mariadb "$@" -u "${DB_ADMIN_USER:-root}"
}
as_admin <<SQL
CREATE DATABASE IF NOT EXISTS \`$database\` DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$owner'@'$account_host' IDENTIFIED BY '${WIJKFONDS_DB_OWNER_PASSWORD:-}';
ALTER USER '$owner'@'$account_host' IDENTIFIED BY '${WIJKFONDS_DB_OWNER_PASSWORD:-}';
GRANT ALL PRIVILEGES ON \`$pattern\`.* TO '$owner'@'$account_host' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '$app'@'$account_host' IDENTIFIED BY '${WIJKFONDS_DB_PASSWORD:-}';
ALTER USER '$app'@'$account_host' IDENTIFIED BY '${WIJKFONDS_DB_PASSWORD:-}';
-- Some right on the database itself lets the application connect before its first migration gave it any table;
-- SHOW VIEW is the one that reads and changes nothing (the schema has no views).
GRANT SHOW VIEW ON \`$pattern\`.* TO '$app'@'$account_host';
SQL
echo "Database accounts ready on $host:$port/$database: owner $owner, application $app"
