#!/usr/bin/env bash
# End-to-end exam allocation on the embedded PostgreSQL (durable settings): seeds 100,000 pending Subject 1 requests,
# 2,000 sessions and 5 preferences each, then times ExamBookings.allocate (load, rank, assign, persist) next to a bare
# COPY of the same number of result rows. Loopback only; the embedded server stops with the program.
# Usage: bench/allocation-e2e.sh [requests] [sessions] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile
CLASSPATH_DEPS=$(./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java ${JAVA_OPTS:-} -Xmx2g -cp "target/test-classes:target/classes:${CLASSPATH_DEPS}" org.cheguan.licensing.AllocationEndToEndBenchmark "$@"
