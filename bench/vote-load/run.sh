#!/bin/sh
# Casts ballots over HTTP against a running platform and measures raw durable inserts into its MariaDB in the same
# run; prints ballots/s, p50/p99, errors, inserts/s and the ratio, and last the casts/s the database carries when
# the platform's own cast statements are sent to it straight, with no platform on the cores (see VoteLoad.java).
# Usage: bench/vote-load/run.sh [BASE_URL] [COUNT] [SECONDS] [CLIENTS] [prepare]
# "prepare" gives the newest round eligible bench plans and opens its vote in the database: use it on a demo
# database only. The platform must run with the same WIJKFONDS_DB_URL and WIJKFONDS_KEY_DIR as given here.
set -e
cd "$(dirname "$0")/../.."
[ -d target/wijkfonds/WEB-INF/lib ] || mvn -B -q package -DskipTests
driver=$(ls target/wijkfonds/WEB-INF/lib/mariadb-java-client-*.jar | head -1)
db="${WIJKFONDS_DB_URL:-jdbc:mariadb://127.0.0.1:3306/wijkfonds}"
keys="${WIJKFONDS_KEY_DIR:-target/wijkfonds-keys}"
exec java -Xmx512m -cp "$driver" bench/vote-load/VoteLoad.java "${1:-http://localhost:8080}" "$db" "$keys" \
    "${2:-20000}" "${3:-60}" "${4:-16}" "${5:-}"
