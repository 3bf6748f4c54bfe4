#!/usr/bin/env bash
# Times the exam seat allocation (org.cheguan.licensing.SeatAllocation#allocate) on a seeded city-sized round:
# 100,000 requests x 2,000 sessions (30-60 seats each) x 5 preferences, skewed popularity. 5 warm-ups, 10 timed runs;
# prints min/median/max in ms and placed/unplaced counts. No network, no database.
# Usage: bench/allocation.sh [requests] [sessions] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile
CLASSPATH_DEPS=$(./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:${CLASSPATH_DEPS}" org.cheguan.licensing.SeatAllocationBenchmark "$@"
