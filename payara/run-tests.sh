#!/usr/bin/env bash
# Runs every test (the README's second command): unit tests, then the integration and browser tests on a real
# Payara Micro against the real MariaDB (database wijkfonds_test, wiped and migrated at each deployment, as its
# owner account; the application runs as an account with only the rights it needs: Maven creates both with
# payara/db-accounts.sh as MariaDB's root, see the test.db.* properties in pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
. payara/mariadb.sh

ensure_mariadb
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
exec mvn -B verify "$@"
