#!/usr/bin/env bash
# Casework benchmarks against a running platform on PostgreSQL (see docs/casework.md, "Performance"):
#   1. POST /api/screenings for clear parties under concurrent load (throughput, p99)
#   2. 10,000 hitting screenings -> 10,000 cases with their triage tasks (wall time)
#   3. GET /api/cases first page with 1,000,000 cases in the database (p95)
# Start the platform first, on a database of its own:
#   createdb -h 127.0.0.1 -U postgres interdict_bench
#   INTERDICT_DB_URL=jdbc:postgresql://127.0.0.1:5432/interdict_bench INTERDICT_DB_USER=postgres \
#   INTERDICT_DB_PASSWORD=bench bin/interdict run
# WARMUP (phase 1, default 60s) and HIT_WARMUP (phase 2, default 20s) load the server before each measurement.
# Needs wrk and psql (Debian: apt-get install wrk postgresql-client).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE="${BASE:-http://localhost:8080}"
KEYCLOAK="${KEYCLOAK:-http://localhost:8180}"
DB="${DB:-interdict_bench}"
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "$DB" -qtA)
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-16}"
HIT_CONNECTIONS="${HIT_CONNECTIONS:-16}"
THREADS="${THREADS:-2}"

# PHASES="1 2" runs only those phases
want() { [[ " ${PHASES:-1 2 3} " == *" $1 "* ]]; }

token() {
  curl -sf -d grant_type=password -d client_id=interdict-cli -d username=analyst -d password=analyst \
    "$KEYCLOAK/realms/interdict/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

if want 1; then
# A fresh server runs interpreted code for its first minute or so: each phase warms up before it is measured.
echo "== 1. clear screenings: $CONNECTIONS connections, $THREADS threads, $DURATION (after a ${WARMUP:-60s} warm-up)"
TOKEN="$(token)" MODE=clear wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-60s}" -s "$HERE/screenings.lua" "$BASE" > /dev/null
TOKEN="$(token)" MODE=clear wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/screenings.lua" "$BASE" | tail -2

fi

if want 2; then
echo "== 2. 10,000 hitting screenings -> cases ($HIT_CONNECTIONS connections, after a ${HIT_WARMUP:-20s} warm-up)"
TOKEN="$(token)" MODE=hit wrk -t"$THREADS" -c"$HIT_CONNECTIONS" -d"${HIT_WARMUP:-20s}" -s "$HERE/screenings.lua" "$BASE" > /dev/null
before=$("${PSQL[@]}" -c "SELECT count(*) FROM screening_case")
start=$(date +%s.%N)
TOKEN="$(token)" MODE=hit wrk -t"$THREADS" -c"$HIT_CONNECTIONS" -d600s -s "$HERE/screenings.lua" "$BASE" > /dev/null &
load=$!
# the clock stops when the 10,000th case is in the database, not when wrk gets round to stopping
until [ $(( $("${PSQL[@]}" -c "SELECT count(*) FROM screening_case") - before )) -ge 10000 ]; do sleep 0.2; done
end=$(date +%s.%N)
kill "$load" 2>/dev/null || true; wait "$load" 2>/dev/null || true
sleep 2
after=$("${PSQL[@]}" -c "SELECT count(*) FROM screening_case")
tasks=$("${PSQL[@]}" -c "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'triage'")
cases_without_task=$("${PSQL[@]}" -c "SELECT count(*) FROM screening_case c WHERE c.status = 'IN_TRIAGE'
  AND c.created_at >= to_timestamp($start) AND NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE t.proc_inst_id_ = c.process_instance_id AND t.task_def_key_ = 'triage')")
printf '10,000 cases in %.1f s (%d cases when the load stopped); open triage tasks: %d; cases in triage without a task: %d\n' \
  "$(echo "$end - $start" | bc)" $((after - before)) "$tasks" "$cases_without_task"

fi

want 3 || exit 0
echo "== 3. case list with 1,000,000 cases"
have=$("${PSQL[@]}" -c "SELECT count(*) FROM screening_case")
if [ "$have" -lt 1000000 ]; then
  echo "seeding $((1000000 - have)) cases ..."
  "${PSQL[@]}" -v cases=$((1000000 - have)) -f "$HERE/seed-cases.sql"
fi
echo "cases in the database: $("${PSQL[@]}" -c "SELECT count(*) FROM screening_case")"
for path in "/api/cases?status=IN_TRIAGE&size=50" "/api/cases?size=50&sort=NEWEST" "/api/cases?queue=dprk&status=ESCALATED&size=50"; do
  echo "-- GET $path"
  TOKEN="$(token)" CASES_PATH="$path" wrk -t"$THREADS" -c8 -d15s -s "$HERE/cases.lua" "$BASE" | tail -2
done
