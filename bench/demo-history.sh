#!/usr/bin/env bash
# Measures the generation of the demo office's past month (org.cheguan.demo, docs/demo.md): starts the packaged
# application in the demo profile on a fresh data folder (durable PostgreSQL, as `./mvnw spring-boot:run` does), waits
# until it is ready for traffic, and reads the history's own log line (days, milliseconds, moments, what was done);
# then starts it again on the same folder to show that the history is skipped. Extra arguments go to the application,
# e.g. --cheguan.demo.history.services-per-day=240.
# Only loopback traffic; every process it starts is stopped before it exits.
# Usage: bench/demo-history.sh [application arguments]   (results: bench/results/demo-history-<date>.log)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=18081
if [ -z "${SKIP_PACKAGE:-}" ]; then
	./mvnw -B -ntp -q -o -DskipTests package
fi
JAR=$(ls target/cheguan-*.jar | grep -v original | head -1)
mkdir -p bench/results
OUT="bench/results/demo-history-$(date +%Y%m%d-%H%M%S).log"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() { # label
	local label=$1 begin now pid
	begin=$(date +%s%3N)
	java -jar "$JAR" --server.port=$PORT \
		--cheguan.embedded-database.data-directory="$data/pgdata" \
		--cheguan.crypto.demo-key-file="$data/keys.properties" "${@:2}" > "$data/$label.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 6000); do
		if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			break
		fi
		sleep 0.1
	done
	now=$(date +%s%3N)
	{
		echo "== $label: ready for traffic after $((now - begin)) ms (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
		grep -E 'Demo history|Started CheguanApplication' "$data/$label.log" | grep -v 'day [0-9]*/' || true
		grep -E 'Demo history: day [0-9]+/' "$data/$label.log" | tail -1 | cut -c1-200 || true
	} | tee -a "$OUT"
	kill -TERM $pid
	wait $pid || true
}

start_once first "$@"
start_once restart "$@"
echo "results: $OUT"
