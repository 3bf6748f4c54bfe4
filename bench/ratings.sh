#!/usr/bin/env bash
# Rating submissions over HTTP at 64 concurrent citizens against the whole platform on the embedded PostgreSQL
# (durable settings), next to pgbench single-row inserts on the same database in the same run (issue 6, item 7).
# Loopback only; the embedded server stops with the program. Needs /usr/bin/pgbench.
# Usage: bench/ratings.sh [clients] [ratings-per-client] [pgbench-seconds] [connection-pool]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -o test-compile
CLASSPATH_DEPS=$(./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -Xmx2g -cp "target/test-classes:target/classes:${CLASSPATH_DEPS}" org.cheguan.evaluation.RatingSubmissionBenchmark "$@"
