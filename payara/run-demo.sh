#!/usr/bin/env bash
# Runs Wijkfonds with demo data at http://localhost:8080 (the README's first command).
# Settings (environment): WIJKFONDS_DB_URL, WIJKFONDS_DB_USER, WIJKFONDS_DB_PASSWORD, PORT (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
. payara/mariadb.sh

ensure_mariadb
echo "Building..."
mvn -B -q package -DskipTests

port="${PORT:-8080}"
export WIJKFONDS_DEMO=true
java -Duser.timezone=UTC -jar target/payara-micro.jar --nocluster --port "$port" --contextroot / \
    --logproperties payara/logging.properties --postbootcommandfile payara/post-boot-commands.asadmin \
    --deploy target/wijkfonds.war &
payara=$!
trap 'kill $payara 2>/dev/null' INT TERM EXIT

until curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1; do
    kill -0 $payara 2>/dev/null || { echo "Payara Micro stopped; see the log above" >&2; exit 1; }
    sleep 2
done
cat <<BANNER

  Wijkfonds runs at http://localhost:$port   (health: http://localhost:$port/health/ready)

  Demo accounts (password for each: wijkfonds-demo)
    resident  bewoner@demo.wijkfonds.nl
    official  ambtenaar@demo.wijkfonds.nl
    auditor   auditor@demo.wijkfonds.nl
    admin     beheer@demo.wijkfonds.nl

  Stop with Ctrl-C. Data stays in the 'wijkfonds' database for the next run.

BANNER
wait $payara
