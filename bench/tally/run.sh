#!/usr/bin/env bash
# The tally end to end (MariaDB -> engine -> signed result stored): 100,000 ballots over 200 plans on a fresh
# platform with the demo round. Prints seconds; target < 2 s on this machine.
# Usage (from anywhere): bench/tally/run.sh   Settings: PORT (default 8097), BENCH_DB (default wijkfonds_bench).
# The bench database is wiped at the start. Needs MariaDB on 127.0.0.1:3306 (root without password, as the tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${PORT:-8097}"
export WIJKFONDS_DB_URL="jdbc:mariadb://127.0.0.1:3306/${BENCH_DB:-wijkfonds_bench}?createDatabaseIfNotExist=true"
export WIJKFONDS_DB_USER="${WIJKFONDS_DB_USER:-root}" WIJKFONDS_DB_PASSWORD="${WIJKFONDS_DB_PASSWORD:-}"
# The bench signs staff in with the demo authenticator, whose test helper reads the database as its owner
export WIJKFONDS_DB_OWNER_USER="${WIJKFONDS_DB_OWNER_USER:-$WIJKFONDS_DB_USER}"
export WIJKFONDS_DB_OWNER_PASSWORD="${WIJKFONDS_DB_OWNER_PASSWORD:-$WIJKFONDS_DB_PASSWORD}"
export WIJKFONDS_DB_RESET=true WIJKFONDS_DEMO=true WIJKFONDS_SMTP_HOST=127.0.0.1 WIJKFONDS_SMTP_PORT=9
# Redirects are built from the public address: without it they pointed at port 8080, not the bench's own platform
export WIJKFONDS_BASE_URL="http://localhost:$port/"
mvn -B -q test-compile package -DskipTests
out=target/bench-tally
rm -rf "$out" && mkdir -p "$out"
classpath="target/test-classes:target/classes:$(ls target/wijkfonds/WEB-INF/lib/mariadb-java-client-*.jar)"
javac -d "$out" -cp "$classpath" bench/tally/TallyBench.java
java -Duser.timezone=UTC -jar target/payara-micro.jar --nohazelcast --port "$port" --contextroot / \
    --prebootcommandfile payara/pre-boot-commands.asadmin --postbootcommandfile payara/post-boot-commands.asadmin \
    --deploy target/wijkfonds.war >target/bench-tally.log 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null' INT TERM EXIT
until curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1; do
    kill -0 $payara 2>/dev/null || { echo "Payara Micro stopped; see target/bench-tally.log" >&2; exit 1; }
    sleep 2
done
java -Xmx512m -cp "$out:$classpath" TallyBench "http://localhost:$port/"
