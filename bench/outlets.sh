#!/usr/bin/env bash
# Times the outlet network in process (org.cheguan.outlets.OutletsBenchmark): nearest-open queries over 1,500
# outlets (p50/p99/max), citywide coverage of one kind, greedy siting of 5 sites. No network, no database.
# Usage: bench/outlets.sh [outlets] [queries] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -o test-compile
CLASSPATH_DEPS=$(./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:${CLASSPATH_DEPS}" org.cheguan.outlets.OutletsBenchmark "$@"
