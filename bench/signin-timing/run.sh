#!/usr/bin/env bash
# Times wrong-password sign-ins for a known and an unknown address against a running platform and prints the median
# of each: they should be alike (a dummy hash is checked for unknown addresses). Usage: run.sh [BASE_URL] [TRIES]
# Each address gets fewer tries than throttling allows (5 an hour), so every answer is a plain refusal: run it at
# most once an hour against the same platform, or the known address is throttled and answers at once.
set -euo pipefail
base="${1:-http://localhost:8080}"
tries="${2:-4}"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

time_one() {
    local page state nonce
    page=$(curl -s -c "$jar" -b "$jar" "$base/login")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -1)
    nonce=$(grep -o 'name="primefaces.nonce"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -1)
    curl -s -o /dev/null -w '%{time_total}\n' -c "$jar" -b "$jar" "$base/login" \
        --data-urlencode "login=login" --data-urlencode "login:email=$1" \
        --data-urlencode "login:password=not the password $RANDOM" --data-urlencode "login:signIn=x" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for address in bewoner@demo.wijkfonds.nl "niemand-$RANDOM@example.nl"; do
    printf '%-32s median %s s over %s tries\n' "$address" \
        "$(for _ in $(seq "$tries"); do time_one "$address"; done | median)" "$tries"
done
