#!/usr/bin/env bash
# Runs Wijkfonds with demo data at http://localhost:8080 (the README's first command).
# Settings (environment): WIJKFONDS_DB_URL; the application's database account WIJKFONDS_DB_USER /
# WIJKFONDS_DB_PASSWORD and the owner's that migrates WIJKFONDS_DB_OWNER_USER / WIJKFONDS_DB_OWNER_PASSWORD (both
# created by payara/db-accounts.sh as DB_ADMIN_USER, default root); WIJKFONDS_KEY_DIR; PORT (default 8080),
# MAIL_PORT (default 3025: the local GreenMail SMTP server; its IMAP port is MAIL_PORT+118, its web API MAIL_PORT+5257).
set -euo pipefail
cd "$(dirname "$0")/.."
. payara/mariadb.sh

ensure_mariadb
export WIJKFONDS_DB_URL="${WIJKFONDS_DB_URL:-jdbc:mariadb://127.0.0.1:3306/wijkfonds?createDatabaseIfNotExist=true}"
export WIJKFONDS_DB_OWNER_USER="${WIJKFONDS_DB_OWNER_USER:-wijkfonds_owner}"
export WIJKFONDS_DB_OWNER_PASSWORD="${WIJKFONDS_DB_OWNER_PASSWORD:-wijkfonds-demo-owner}"
export WIJKFONDS_DB_USER="${WIJKFONDS_DB_USER:-wijkfonds_app}"
export WIJKFONDS_DB_PASSWORD="${WIJKFONDS_DB_PASSWORD:-wijkfonds-demo-app}"
payara/db-accounts.sh "$WIJKFONDS_DB_URL"
echo "Building..."
mvn -B -q package -DskipTests

port="${PORT:-8080}"
smtp="${MAIL_PORT:-3025}"
imap=$((smtp + 118))
mailapi=$((smtp + 5257))
# A real SMTP server on this machine that keeps every message it receives (nothing leaves the machine).
java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$imap" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mailapi" -Dgreenmail.auth.disabled \
    -jar target/greenmail-standalone.jar >target/greenmail.log 2>&1 &
greenmail=$!

export WIJKFONDS_DEMO=true
export WIJKFONDS_SMTP_HOST=127.0.0.1 WIJKFONDS_SMTP_PORT="$smtp"
export WIJKFONDS_BASE_URL="${WIJKFONDS_BASE_URL:-http://localhost:$port/}"
# The host[:port] of the public address, for the server's own redirects (pre-boot-commands.asadmin)
authority="${WIJKFONDS_BASE_URL#*://}"
export WIJKFONDS_PUBLIC_HOST="${WIJKFONDS_PUBLIC_HOST:-${authority%%/*}}"
# Tested with a 512 MB heap, 32 HTTP threads (pre-boot-commands.asadmin) and 20 database connections
# (DatabaseConfiguration): twenty large uploads at once from one session leave it answering (plan/UploadMemoryTests).
java -Duser.timezone=UTC -Xmx"${WIJKFONDS_HEAP:-512m}" -jar target/payara-micro.jar --nohazelcast --port "$port" --contextroot / \
    --logproperties payara/logging.properties --systemproperties payara/system.properties \
    --prebootcommandfile payara/pre-boot-commands.asadmin --postbootcommandfile payara/post-boot-commands.asadmin \
    --deploy target/wijkfonds.war &
payara=$!
trap 'kill $payara $greenmail 2>/dev/null' INT TERM EXIT

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
  Staff also type a code from an authenticator app. Add this key to the app (FreeOTP, Google Authenticator, ...),
  or compute the current code with:  oathtool --totp -b WIJKFONDSDEMO234WIJKFONDSDEMO234

  Mail: every e-mail the platform sends lands in a local GreenMail server (nothing leaves this machine).
    read it over IMAP at 127.0.0.1:$imap (user: the recipient's address, any password), or with
    curl http://127.0.0.1:$mailapi/api/user/<address>/messages/INBOX   (web API: http://127.0.0.1:$mailapi/)

  Stop with Ctrl-C. Data stays in the 'wijkfonds' database for the next run.

BANNER
wait $payara
