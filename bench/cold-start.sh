#!/usr/bin/env bash
# Measures Cheguan's start-up: time from `java -jar` to /actuator/health/readiness UP (accepting traffic), and resident memory (RSS) of the JVM
# and of the embedded PostgreSQL once ready (PSS). Runs N rounds; each round starts twice on one data folder:
#   first  = a fresh data folder (initdb + every Flyway migration + demo seeding),
#   second = the same folder again (the everyday restart).
# Only loopback traffic; every process it starts is stopped before it exits.
# Usage: bench/cold-start.sh [rounds]   (results: bench/results/cold-start-<date>.csv)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
PORT=18080
./mvnw -B -ntp -q -DskipTests package
JAR=$(ls target/cheguan-*.jar | grep -v original | head -1)
mkdir -p bench/results
OUT="bench/results/cold-start-$(date +%Y%m%d-%H%M%S).csv"
echo "round,start,ready_ms,spring_started_s,jvm_pss_mb,postgres_pss_mb" > "$OUT"

rss_mb() { # sum of the proportional set size (PSS) of the given pids, in MiB: PostgreSQL's shared buffers are
	# mapped by every backend, so summing plain RSS would count them once per process
	local total=0
	for pid in "$@"; do
		local kb
		kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
		total=$((total + ${kb:-0}))
	done
	echo $((total / 1024))
}

start_once() { # round label data-folder
	local round=$1 label=$2 data=$3
	local begin now pid
	begin=$(date +%s%3N)
	java -jar "$JAR" --server.port=$PORT \
		--cheguan.embedded-database.data-directory="$data/pgdata" \
		--cheguan.crypto.demo-key-file="$data/keys.properties" > "$data/$label.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 600); do
		if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			break
		fi
		sleep 0.1
	done
	now=$(date +%s%3N)
	sleep 2 # let start-up work settle before reading memory
	local pg_pids
	local postmaster
	postmaster=$(head -1 "$data/pgdata/postmaster.pid")
	pg_pids="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
	local started
	started=$(grep -o 'Started CheguanApplication in [0-9.]*' "$data/$label.log" | awk '{print $4}')
	echo "$round,$label,$((now - begin)),$started,$(rss_mb $pid),$(rss_mb $pg_pids)" | tee -a "$OUT"
	kill -TERM $pid
	wait $pid || true
}

for round in $(seq 1 "$ROUNDS"); do
	data=$(mktemp -d)
	start_once "$round" first "$data"
	start_once "$round" restart "$data"
	rm -rf "$data"
done
echo "written $OUT"
