#!/bin/sh
# Times the allocation engine against the reference timings of the instances in src/test/resources/pabulib.
# Usage (from the project directory or anywhere): bench/allocation/run.sh [RUNS]
# Builds only what it needs: compiles the allocation package and this bench with plain javac.
set -e
cd "$(dirname "$0")/../.."
out=target/bench-allocation
rm -rf "$out" && mkdir -p "$out"
javac -d "$out" $(find src/main/java/nl/wijkfonds/allocation -name '*.java') bench/allocation/AllocationBench.java
exec java -Xmx256m -cp "$out" AllocationBench src/test/resources/pabulib "${1:-5}"
