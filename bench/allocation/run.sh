#!/bin/sh
# Times the allocation engine.
#   bench/allocation/run.sh [RUNS]          every rule on every reference instance (src/test/resources/pabulib),
#                                           median per instance next to the reference library's recorded time
#   bench/allocation/run.sh FOLDER [RUNS]   every rule on every .pb file of FOLDER (no expected outcomes needed):
#                                           per rule the total time to recompute them all, and which files
#                                           were refused and why
# Builds only what it needs: compiles the allocation package and this bench with plain javac.
set -e
folder=
if [ $# -gt 0 ] && [ -d "$1" ]; then
    folder=$(cd "$1" && pwd)
    shift
fi
cd "$(dirname "$0")/../.."
out=target/bench-allocation
rm -rf "$out" && mkdir -p "$out"
javac -d "$out" $(find src/main/java/nl/wijkfonds/allocation -name '*.java') bench/allocation/AllocationBench.java \
    bench/allocation/AnyFolder.java
cp -r src/main/resources/nl "$out"/
if [ -n "$folder" ]; then
    exec java -Xmx1g -cp "$out" AllocationBench "$folder" "${1:-3}" --any
fi
exec java -Xmx256m -cp "$out" AllocationBench src/test/resources/pabulib "${1:-5}"
