#!/usr/bin/env bash
# One year of a city (default 5 million services, 3 million ratings, hotline tickets) written into the reporting
# rollups and a raw table; the monthly review from the rollups next to a naive GROUP BY over the raw rows, same run,
# same embedded PostgreSQL, numbers compared (issue 7, item 7). Results go to docs/benchmarks.md by hand.
# Usage: bench/reporting.sh [services] [month]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -o test-compile
CLASSPATH_DEPS=$(./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -Xmx2g -cp "target/test-classes:target/classes:${CLASSPATH_DEPS}" org.cheguan.reporting.MonthlyReviewBenchmark "$@"
