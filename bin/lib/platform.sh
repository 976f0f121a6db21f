#!/usr/bin/env bash
# The platform's own commands (called through bin/interdict):
#   run     build what is missing, start the quick-start PostgreSQL (:5433, data kept in run/postgres) unless
#           INTERDICT_DB_URL names a database, Keycloak (:8180, production mode, its data in that PostgreSQL's
#           database keycloak) and WildFly (:8080); Ctrl-C or `bin/interdict stop` stops them all
#           `run --nodes 2`: the same with two WildFly nodes (:8081, :8082) behind a balancer on :8080
#   start-node N   start node N of a running cluster again (after it was lost)
#   stop    stop what `run` started
#   status  what is running, and the server's readiness
#   test    install the browser when missing, make sure a PostgreSQL answers, run `./mvnw -B verify`,
#           and print how long each phase took
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${INTERDICT_RUN_DIR:-$ROOT/run}"
SERVER_IMAGE="$ROOT/deploy/target/server"
WAR="$ROOT/deploy/target/interdict.war"
REALM="$ROOT/deploy/src/main/keycloak/interdict-realm.json"
KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"
KEYCLOAK_HOME="${INTERDICT_KEYCLOAK_HOME:-$HOME/.cache/interdict/keycloak-$KEYCLOAK_VERSION}"
# Keycloak in production mode runs from a copy of that distribution, built once for PostgreSQL: a production start
# whose build options differ from the last build rebuilds first, and the tests start the original in development
# mode. The two never share a build or a data/ folder.
KEYCLOAK_PROD_HOME="${INTERDICT_KEYCLOAK_PROD_HOME:-$KEYCLOAK_HOME-prod}"
KEYCLOAK_BUILD_OPTIONS=(--db=postgres --health-enabled=true)

# INTERDICT_PORT_OFFSET moves WildFly's ports (as jboss.socket.binding.port-offset does), so that a second platform
# (the quick-start durability test) can run beside one on the standard ports
PORT_OFFSET="${INTERDICT_PORT_OFFSET:-0}"
HTTP_PORT=$(( 8080 + PORT_OFFSET ))
MANAGEMENT_PORT=$(( 9990 + PORT_OFFSET ))
QS_PG_PORT="${INTERDICT_PG_PORT:-5433}"
KEYCLOAK_PORT="${INTERDICT_KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${INTERDICT_KEYCLOAK_MANAGEMENT_PORT:-9180}"

# Never fail on output: after Ctrl-C a pipe reader (| tee) may be gone, and stopping must still happen.
log() { printf '[interdict] %s\n' "$*" 2>/dev/null || true; }
die() { printf '[interdict] ERROR: %s\n' "$*" >&2; exit 1; }
now() { date +%s; }

declare -a PHASES=()
phase_done() { PHASES+=("$(printf '%-34s %5ss' "$1" "$(( $(now) - $2 ))")"); }
print_phases() {
  printf '\n[interdict] phase timings\n'
  for p in "${PHASES[@]}"; do printf '  %s\n' "$p"; done
}

# HTTP status of a URL, 000 when nothing answers.
http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }

wait_for() { # name url timeout-seconds pid [file whose appearance means failure]
  local name="$1" url="$2" timeout="$3" pid="$4" failed="${5:-}" start; start=$(now)
  until [ "$(http_status "$url")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || die "$name exited during start-up; see its log in $RUN_DIR"
    if [ -n "$failed" ] && [ -f "$failed" ]; then die "$name: $(cat "$failed")"; fi
    [ $(( $(now) - start )) -lt "$timeout" ] || die "$name not ready after ${timeout}s; see its log in $RUN_DIR"
    sleep 1
  done
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# ------------------------------------------------------------------------------------------ PostgreSQL
# Debian's PostgreSQL binaries, installed when missing and running as root.
find_pg_bin() {
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  [ -n "$PG_BIN" ] && return 0   # "return" alone, in an EXIT trap, would give the exit status and end the trap
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian's postgresql ..."
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  else
    die "no PostgreSQL: install Debian's postgresql, or point INTERDICT_DB_URL (run) or PGHOST/PGPORT (test) at a server"
  fi
}

as_pg_owner() {
  # PostgreSQL refuses to run as root: as root, run it as the postgres system user, from a folder it may enter
  # (every path given is absolute; the clone itself may be private)
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

ensure_pg_system_user() {
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
}

# A cluster of our own (the quick start's, or the test command's when no server answers): trust authentication
# (demo and test use only), UTF-8 with the C locale (present on every machine), TCP on 127.0.0.1 only, its log in
# its data folder, the one place the postgres user may always write.
pg_cluster_init() { # data-dir init-log
  as_pg_owner "$PG_BIN/initdb" -D "$1" -U postgres -A trust -E UTF8 --no-locale >"$2" 2>&1 \
    || die "initdb failed; see $2"
}

pg_cluster_start() { # data-dir port
  as_pg_owner "$PG_BIN/pg_ctl" -D "$1" -l "$1/server.log" -w -t 120 \
    -o "-p $2 -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null \
    || die "PostgreSQL did not start; see $1/server.log"
}

# Where the quick-start database lives: run/postgres, unless the postgres system user (as which a root run starts
# the server) cannot reach that folder, e.g. a clone inside a private home or temporary directory; then a folder of
# its own under /var/lib/interdict, named after this run directory so that two clones never share a database.
quickstart_pg_data() {
  if [ -n "${INTERDICT_PG_DATA:-}" ]; then echo "$INTERDICT_PG_DATA"; return; fi
  local dir="$RUN_DIR/postgres"
  if [ "$(id -u)" != 0 ] || runuser -u postgres -- test -x "$RUN_DIR" 2>/dev/null; then echo "$dir"; return; fi
  echo "/var/lib/interdict/postgres-$(printf '%s' "$RUN_DIR" | sha256sum | cut -c1-12)"
}

# The quick start's own PostgreSQL: a cluster initialised once and kept (fsync and synchronous commit on, as
# PostgreSQL ships them: a screening answered 201 is on disk), listening on 127.0.0.1:$QS_PG_PORT only, trust
# authentication (demo only, as the demo users are). Stopped by `stop`; its data survives every restart.
start_quickstart_postgres() {
  find_pg_bin
  ensure_pg_system_user
  local data; data="$(quickstart_pg_data)"
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data" && chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initialising the quick-start database in $data"
    pg_cluster_init "$data" "$RUN_DIR/postgres-init.log"
  fi
  echo "$data" > "$RUN_DIR/postgres.datadir"
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "the quick-start PostgreSQL is already running (left by an earlier run); using it"
  else
    port_answers 127.0.0.1 "$QS_PG_PORT" && die "port $QS_PG_PORT is taken by another server; set INTERDICT_PG_PORT"
    log "starting the quick-start PostgreSQL on 127.0.0.1:$QS_PG_PORT (data and log: $data)"
    pg_cluster_start "$data" "$QS_PG_PORT"
  fi
  if [ "${INTERDICT_KEYCLOAK_RESET:-}" = true ]; then
    log "INTERDICT_KEYCLOAK_RESET: dropping the database keycloak (users, sessions, realm changes); the realm is imported anew"
    "$PG_BIN/dropdb" -h 127.0.0.1 -p "$QS_PG_PORT" -U postgres --if-exists keycloak || die "could not drop the database keycloak"
  fi
  # interdict for the application, keycloak for Keycloak's realms, users and sessions
  local db
  for db in interdict keycloak; do
    if [ -z "$("$PG_BIN/psql" -h 127.0.0.1 -p "$QS_PG_PORT" -U postgres -d postgres -tAc \
                "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      "$PG_BIN/createdb" -h 127.0.0.1 -p "$QS_PG_PORT" -U postgres "$db" || die "could not create the database $db"
    fi
  done
  use_quickstart_database
  if [ -z "${INTERDICT_KEYCLOAK_DB_URL:-}" ]; then
    export INTERDICT_KEYCLOAK_DB_URL="jdbc:postgresql://127.0.0.1:$QS_PG_PORT/keycloak"
    export INTERDICT_KEYCLOAK_DB_USER=postgres INTERDICT_KEYCLOAK_DB_PASSWORD=postgres
  fi
}

# The servers' database settings for the quick-start PostgreSQL.
use_quickstart_database() {
  export INTERDICT_DB_URL="jdbc:postgresql://127.0.0.1:$QS_PG_PORT/interdict"
  export INTERDICT_DB_USER=postgres INTERDICT_DB_PASSWORD=postgres INTERDICT_DB_DRIVER=postgresql
}

stop_quickstart_postgres() {
  [ -f "$RUN_DIR/postgres.datadir" ] || return 0
  local data; data="$(cat "$RUN_DIR/postgres.datadir")"
  find_pg_bin
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "stopping the quick-start PostgreSQL"
    as_pg_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -f "$RUN_DIR/postgres.datadir"
}

# ----------------------------------------------------------------------------------------------- run
build_if_needed() {
  # the quick-start test runs the build its own test phase has just made
  if [ "${INTERDICT_SKIP_BUILD:-}" = true ]; then log "build skipped (INTERDICT_SKIP_BUILD)"; return; fi
  local stale=""
  if [ ! -f "$WAR" ] || [ ! -x "$SERVER_IMAGE/bin/standalone.sh" ] || [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
    stale=yes
  elif [ -n "$(find "$ROOT/pom.xml" "$ROOT"/{screening-module,case-api,case-workflow,case-ui,deploy}/{pom.xml,src} \
                 -newer "$WAR" -type f -print -quit 2>/dev/null)" ]; then
    stale=yes
  fi
  if [ -z "$stale" ]; then log "build is up to date"; return; fi
  log "building (log: $RUN_DIR/build.log) ..."
  (cd "$ROOT" && ./mvnw -B -ntp package -DskipTests -DskipITs -pl deploy -am) > "$RUN_DIR/build.log" 2>&1 \
    || { tail -40 "$RUN_DIR/build.log"; die "build failed; see $RUN_DIR/build.log"; }
}

lists_dir() {
  if [ -n "${INTERDICT_LISTS_DIR:-}" ]; then echo "$INTERDICT_LISTS_DIR"
  elif [ -d "$ROOT/../shared/data/lists" ]; then (cd "$ROOT/../shared/data/lists" && pwd)
  else echo ""; fi
}

# The production-mode copy of Keycloak, made and built once: `kc.sh build` (30-50 s) runs only when the copy's
# marker does not name the build options, so that every later start is `start --optimized`. A lock keeps two
# quick starts (a developer's and the quick-start test's) from building it at the same time.
prepare_keycloak_prod() {
  local marker="$KEYCLOAK_PROD_HOME/.interdict-build" wanted="${KEYCLOAK_BUILD_OPTIONS[*]}"
  [ "$(cat "$marker" 2>/dev/null)" = "$wanted" ] && return 0
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || die "no Keycloak at $KEYCLOAK_HOME (the build unpacks it)"
  mkdir -p "$(dirname "$KEYCLOAK_PROD_HOME")"
  (
    flock 9
    [ "$(cat "$marker" 2>/dev/null)" = "$wanted" ] && exit 0
    if [ ! -x "$KEYCLOAK_PROD_HOME/bin/kc.sh" ]; then
      log "copying Keycloak to $KEYCLOAK_PROD_HOME for production mode (once) ..."
      rm -rf "$KEYCLOAK_PROD_HOME.tmp"
      cp -a "$KEYCLOAK_HOME" "$KEYCLOAK_PROD_HOME.tmp" && rm -rf "$KEYCLOAK_PROD_HOME.tmp/data" \
        && mv "$KEYCLOAK_PROD_HOME.tmp" "$KEYCLOAK_PROD_HOME" || die "could not copy Keycloak to $KEYCLOAK_PROD_HOME"
    fi
    log "building Keycloak for PostgreSQL (once: ${KEYCLOAK_BUILD_OPTIONS[*]}; log: $RUN_DIR/keycloak-build.log) ..."
    bash "$KEYCLOAK_PROD_HOME/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTIONS[@]}" > "$RUN_DIR/keycloak-build.log" 2>&1 \
      || die "Keycloak's build failed; see $RUN_DIR/keycloak-build.log"
    echo "$wanted" > "$marker"
  ) 9> "$KEYCLOAK_PROD_HOME.lock"
}

# Production mode on PostgreSQL when there is a database for Keycloak (the quick start's database keycloak, or
# INTERDICT_KEYCLOAK_DB_URL): --import-realm then imports the realm only where it does not exist yet, so that users,
# sessions, signing keys and changes made in the admin console are kept. Without one (INTERDICT_DB_URL names an
# external database and INTERDICT_KEYCLOAK_DB_URL is unset): development mode in memory, as the tests run it.
start_keycloak() {
  local home
  local -a args
  if [ -n "${INTERDICT_KEYCLOAK_DB_URL:-}" ]; then
    home="$KEYCLOAK_PROD_HOME"
    # the issuer of every token is exactly http://localhost:<port> (WildFly checks it): the hostname is a full URL,
    # for the front channel and the back channel alike (hostname-strict is moot when a hostname is set)
    args=(start --optimized "${KEYCLOAK_BUILD_OPTIONS[@]}" --http-enabled=true --http-host=localhost
          --hostname="http://localhost:$KEYCLOAK_PORT" --cache=local
          --db-url="$INTERDICT_KEYCLOAK_DB_URL" --db-username="${INTERDICT_KEYCLOAK_DB_USER:-postgres}")
    log "starting Keycloak (production mode, data in $INTERDICT_KEYCLOAK_DB_URL) on http://localhost:$KEYCLOAK_PORT (log: $RUN_DIR/keycloak.log) ..."
  else
    home="$KEYCLOAK_HOME"
    args=(start-dev --db=dev-mem --health-enabled=true)
    log "Keycloak: INTERDICT_DB_URL is set and INTERDICT_KEYCLOAK_DB_URL is not, so Keycloak runs in development mode" \
        "in memory: users, sessions and admin-console changes are NOT kept; the realm is imported afresh at every start"
    log "starting Keycloak (development mode) on http://localhost:$KEYCLOAK_PORT (log: $RUN_DIR/keycloak.log) ..."
  fi
  mkdir -p "$home/data/import"
  cp "$REALM" "$home/data/import/interdict-realm.json"
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  KC_DB_PASSWORD="${INTERDICT_KEYCLOAK_DB_PASSWORD:-postgres}" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}" \
    nohup bash "$home/bin/kc.sh" "${args[@]}" --import-realm \
      --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      > "$RUN_DIR/keycloak.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/keycloak.pid"
  wait_for Keycloak "http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready" 240 "$(cat "$RUN_DIR/keycloak.pid")"
  if grep -q "Realm 'interdict' already exists" "$RUN_DIR/keycloak.log"; then
    log "Keycloak kept the realm interdict from its database (the repository's realm file is imported only into an" \
        "empty database; INTERDICT_KEYCLOAK_RESET=true starts Keycloak's data afresh)"
  fi
}

# One WildFly of the provisioned image, named for its base directory $RUN_DIR/<name> and its pid file
# $RUN_DIR/<name>.pid: configuration (and the application, unless it is the balancer) fresh from the image at every
# start; data/ (the transaction log) kept. Further arguments go to the server as they are.
start_server() { # name port-offset role(app|balancer) heap [server options...]
  local name="$1" offset="$2" role="$3" heap="$4"; shift 4
  local base="$RUN_DIR/$name" lists; lists="$(lists_dir)"
  mkdir -p "$base/data"
  rm -rf "$base/configuration" "$base/deployments" "$base/tmp" "$base/log"
  cp -r "$SERVER_IMAGE/standalone/configuration" "$base/configuration"
  mkdir -p "$base/deployments" "$base/log"
  if [ "$role" = balancer ]; then
    JAVA_OPTS="-Djboss.server.base.dir=$base" "$SERVER_IMAGE/bin/jboss-cli.sh" \
      --file="$ROOT/deploy/src/main/cli/balancer.cli" > "$RUN_DIR/$name-configure.log" 2>&1 \
      || die "could not configure the balancer; see $RUN_DIR/$name-configure.log"
  else
    cp "$WAR" "$base/deployments/interdict.war"
  fi
  if [ -n "${INTERDICT_DB_URL:-}" ] && [ -z "${INTERDICT_DB_DRIVER:-}" ]; then
    case "$INTERDICT_DB_URL" in jdbc:postgresql:*) export INTERDICT_DB_DRIVER=postgresql ;; esac
  fi
  export INTERDICT_LISTS_DIR="$lists"
  log "starting $name on http://localhost:$(( 8080 + offset )) (log: $base/log/server.log) ..."
  rm -f "$RUN_DIR/$name.pid"
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$RUN_DIR/$name.pid" JBOSS_JAVA_SIZING="$heap" \
    nohup "$SERVER_IMAGE/bin/standalone.sh" -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$offset" \
      -Dinterdict.keycloak.url="http://localhost:$KEYCLOAK_PORT" -Dinterdict.lists.dir="$lists" \
      -Dinterdict.institution.file="${INTERDICT_INSTITUTION_FILE:-$ROOT/deploy/src/main/config/demo-institution.properties}" \
      -Dwildfly.elytron.oidc.allow.query.params=true "$@" \
      > "$RUN_DIR/$name-console.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/$name-launcher.pid"
  local start; start=$(now)
  until [ -f "$RUN_DIR/$name.pid" ]; do sleep 0.2; [ $(( $(now) - start )) -lt 30 ] || die "$name did not start"; done
  wait_for "$name" "http://localhost:$(( 9990 + offset ))/health/ready" 300 "$(cat "$RUN_DIR/$name.pid")" \
    "$base/deployments/interdict.war.failed"
}

# The lists' indexes take about 250 MB of the heap for good; WildFly's default of 512 MB leaves the young
# generation so little room that the collector runs all the time under load (measured: 400 screenings/s).
SERVER_HEAP="${INTERDICT_SERVER_HEAP:--Xms1g -Xmx2g}"

start_wildfly() {
  log "database $INTERDICT_DB_URL"
  [ -n "$(lists_dir)" ] && log "sanctions lists from $(lists_dir)" || log "no sanctions lists directory (set INTERDICT_LISTS_DIR)"
  start_server wildfly "$PORT_OFFSET" app "$SERVER_HEAP"
}

# ---------------------------------------------------------------------------------------- the cluster
# Two nodes of the same image (port offsets +1 and +2: HTTP 8081 and 8082, management 9991 and 9992, JGroups 7601
# and 7602 on loopback) on the one database, behind the image's own Undertow as the balancer on 8080 (its
# reverse-proxy handler, deploy/src/main/cli/balancer.cli). Node 1 starts first: it migrates the schemas, and the
# workflow engine creates its tables, before node 2 starts against them.
cluster_node_options() { # node-number
  local members="127.0.0.1[$(( 7600 + PORT_OFFSET + 1 ))],127.0.0.1[$(( 7600 + PORT_OFFSET + 2 ))]"
  printf '%s\n' "-Djboss.node.name=node$1" "-Dinterdict.node.id=node$1" "-Dinterdict.behind.balancer=true" \
    "-Dinterdict.cluster.members=$members" \
    "-Dinterdict.cluster.name=interdict-$(printf '%s' "$RUN_DIR" | sha256sum | cut -c1-12)"
}

start_node() { # node-number
  local -a options; mapfile -t options < <(cluster_node_options "$1")
  start_server "node$1" $(( PORT_OFFSET + $1 )) app "$SERVER_HEAP" "${options[@]}"
}

start_cluster() {
  log "database $INTERDICT_DB_URL; a cluster of 2 nodes behind a balancer"
  start_node 1
  start_node 2
  start_server balancer "$PORT_OFFSET" balancer "${INTERDICT_BALANCER_HEAP:--Xms64m -Xmx256m}" \
    -Djboss.node.name=balancer "-Dinterdict.node1.port=$(( 8080 + PORT_OFFSET + 1 ))" \
    "-Dinterdict.node2.port=$(( 8080 + PORT_OFFSET + 2 ))"
  echo 2 > "$RUN_DIR/cluster.nodes"
}

stop_pidfile() { # name pidfile
  if pid_alive "$2"; then
    local pid; pid="$(cat "$2")"
    log "stopping $1 (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$2"
}

cmd_stop() {
  local name
  for name in balancer node2 node1 wildfly; do
    stop_pidfile "$name" "$RUN_DIR/$name.pid"
    stop_pidfile "$name launcher" "$RUN_DIR/$name-launcher.pid"
  done
  rm -f "$RUN_DIR/cluster.nodes"
  stop_pidfile Keycloak "$RUN_DIR/keycloak.pid"
  stop_quickstart_postgres
}

# Every server `run` started is still up: the one WildFly, or the balancer and at least one node (a cluster goes on
# serving when a node is lost; `bin/interdict start-node N` brings it back).
platform_alive() {
  pid_alive "$RUN_DIR/keycloak.pid" || return 1
  if [ -f "$RUN_DIR/cluster.nodes" ]; then
    pid_alive "$RUN_DIR/balancer.pid" && { pid_alive "$RUN_DIR/node1.pid" || pid_alive "$RUN_DIR/node2.pid"; }
  else
    pid_alive "$RUN_DIR/wildfly.pid"
  fi
}

cmd_run() {
  local nodes=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) nodes="${2:-}"; shift 2 ;;
      --nodes=*) nodes="${1#--nodes=}"; shift ;;
      *) die "unknown option $1 (bin/interdict run [--nodes 1|2])" ;;
    esac
  done
  case "$nodes" in 1|2) ;; *) die "--nodes takes 1 or 2, not '$nodes'" ;; esac
  mkdir -p "$RUN_DIR"
  if platform_alive || pid_alive "$RUN_DIR/keycloak.pid"; then
    die "already running (bin/interdict status; bin/interdict stop)"
  fi
  command -v curl >/dev/null || die "curl is needed (apt-get install curl)"
  local -a ports=("$HTTP_PORT" "$MANAGEMENT_PORT" "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT")
  [ "$nodes" = 2 ] && ports+=($(( HTTP_PORT + 1 )) $(( HTTP_PORT + 2 )) $(( MANAGEMENT_PORT + 1 )) $(( MANAGEMENT_PORT + 2 )))
  for port in "${ports[@]}"; do
    [ "$(http_status "http://localhost:$port/")" = 000 ] || die "port $port is already in use"
  done
  local t
  t=$(now); build_if_needed; phase_done "build" "$t"
  trap '' PIPE   # a closed stdout must not kill us before the servers are stopped
  trap 'cmd_stop; exit 0' INT TERM
  trap 'cmd_stop' EXIT   # also when a start-up step fails: never leave half the platform running
  if [ -z "${INTERDICT_DB_URL:-}" ]; then
    t=$(now); start_quickstart_postgres; phase_done "PostgreSQL (quick start)" "$t"
  fi
  if [ -n "${INTERDICT_KEYCLOAK_DB_URL:-}" ]; then
    t=$(now); prepare_keycloak_prod; phase_done "Keycloak copy + build (once)" "$t"
  fi
  t=$(now); start_keycloak; phase_done "Keycloak start" "$t"
  if [ "$nodes" = 2 ]; then
    t=$(now); start_cluster; phase_done "cluster: 2 nodes + balancer" "$t"
  else
    t=$(now); start_wildfly; phase_done "WildFly boot + deployment" "$t"
  fi
  print_phases
  cat <<EOM

  Interdict is up:  http://localhost:$HTTP_PORT/      (sign in as analyst/analyst, manager/manager, ... demo only)
  REST API:         http://localhost:$HTTP_PORT/api/me   OpenAPI: http://localhost:$HTTP_PORT/openapi
  Health:           http://localhost:$MANAGEMENT_PORT/health/ready   (management interface; metrics: /metrics)
  Keycloak:         http://localhost:$KEYCLOAK_PORT/     (admin console: admin/admin, demo only)
  Logs:             $RUN_DIR/keycloak.log, $RUN_DIR/$([ "$nodes" = 2 ] && echo 'node1/log/server.log, node2/log/…' || echo 'wildfly/log/server.log')
  Stop:             Ctrl-C here, or bin/interdict stop
EOM
  if [ "$nodes" = 2 ]; then
    cat <<EOM
  Cluster:          the balancer on :$HTTP_PORT in front of node1 http://localhost:$(( HTTP_PORT + 1 ))/ (management :$(( MANAGEMENT_PORT + 1 )))
                    and node2 http://localhost:$(( HTTP_PORT + 2 ))/ (management :$(( MANAGEMENT_PORT + 2 )))
EOM
  fi
  echo
  # stay in the foreground while the platform runs; Ctrl-C (trap above) stops it
  while platform_alive; do sleep 2; done
  log "a server has stopped; stopping the rest"
  cmd_stop
}

# Starts node N of a running cluster again (after it was lost or stopped), with the options `run --nodes 2` gave it.
cmd_start_node() {
  local n="${1:-}"
  case "$n" in 1|2) ;; *) die "usage: bin/interdict start-node 1|2" ;; esac
  [ -f "$RUN_DIR/cluster.nodes" ] || die "no cluster runs from $RUN_DIR (bin/interdict run --nodes 2)"
  pid_alive "$RUN_DIR/node$n.pid" && die "node$n is running"
  if [ -f "$RUN_DIR/postgres.datadir" ]; then use_quickstart_database; fi
  [ -n "${INTERDICT_DB_URL:-}" ] || die "which database? set INTERDICT_DB_URL as for run"
  start_node "$n"
  log "node$n is back"
}

cmd_status() {
  local any=""
  for name in wildfly balancer node1 node2 keycloak; do
    [ "$name" = wildfly ] || [ "$name" = keycloak ] || [ -f "$RUN_DIR/cluster.nodes" ] || continue
    if pid_alive "$RUN_DIR/$name.pid"; then log "$name running (pid $(cat "$RUN_DIR/$name.pid"))"; any=yes
    else log "$name not running"; fi
  done
  if [ -f "$RUN_DIR/postgres.datadir" ]; then
    log "quick-start PostgreSQL: data in $(cat "$RUN_DIR/postgres.datadir"), 127.0.0.1:$QS_PG_PORT $(port_answers 127.0.0.1 "$QS_PG_PORT" && echo answers || echo 'does not answer')"
  fi
  if [ -n "$any" ]; then
    log "readiness: $(curl -s --max-time 5 "http://localhost:$MANAGEMENT_PORT/health/ready" || echo unreachable)"
  fi
}

# ---------------------------------------------------------------------------------------------- test
ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian's chromium and chromium-driver for the browser test ..."
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    die "the browser test needs Debian's packages chromium and chromium-driver: sudo apt-get install chromium chromium-driver"
  fi
}

PRIVATE_PG_DIR=""
stop_private_postgres() {
  [ -n "$PRIVATE_PG_DIR" ] || return 0
  log "stopping the private PostgreSQL"
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PRIVATE_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PRIVATE_PG_DIR"
}

ensure_postgres() {
  local host="${PGHOST:-127.0.0.1}" port="${PGPORT:-5432}"
  [[ "$host" == /* ]] && host=127.0.0.1
  if port_answers "$host" "$port"; then
    log "using the PostgreSQL at $host:$port (a throw-away database is created and dropped by the tests)"
    return
  fi
  case "$host" in 127.0.0.1|localhost) ;; *) die "no PostgreSQL answers at $host:$port" ;; esac
  log "no PostgreSQL at $host:$port: starting a private one there"
  find_pg_bin
  ensure_pg_system_user
  PRIVATE_PG_DIR="$(mktemp -d /tmp/interdict-pg.XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres "$PRIVATE_PG_DIR"
  pg_cluster_init "$PRIVATE_PG_DIR/data" "$PRIVATE_PG_DIR/init.log"
  pg_cluster_start "$PRIVATE_PG_DIR/data" "$port"
  export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres
}

cmd_test() {
  local total t status=0
  total=$(now)
  mkdir -p "$RUN_DIR"
  t=$(now); ensure_browser; phase_done "browser (chromium, chromedriver)" "$t"
  trap stop_private_postgres EXIT
  t=$(now); ensure_postgres; phase_done "PostgreSQL" "$t"
  t=$(now)
  (cd "$ROOT" && ./mvnw -B -ntp verify "$@") 2>&1 | tee "$RUN_DIR/test-maven.log" || status=$?
  phase_done "maven verify (build + all tests)" "$t"
  print_phases
  printf '  %-34s\n' "of which, per module:"
  sed -n 's/^\[INFO\] \(Interdict :: .*\) \(SUCCESS\|FAILURE\|SKIPPED\)\( \[ *\([0-9:.]* [a-z]*\)\]\)\?$/    \1 \2 \4/p' "$RUN_DIR/test-maven.log" \
    | sed 's/ \.\.\.*/ /'
  grep -E '^\[phase\]' "$RUN_DIR/test-maven.log" | sed 's/^/    /' || true
  printf '  %-34s\n' "integration test classes (failsafe, each includes its deployment):"
  grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: .* in io\.interdict\..*IT$' "$RUN_DIR/test-maven.log" \
    | sed -E 's/.*Time elapsed: ([0-9.]+ s).* in (.*)/    \2  \1/' || true
  phase_done "total" "$total"
  printf '  %s\n' "${PHASES[-1]}"
  # one closing line over all modules, unit and integration tests (Maven prints one summary per module and plugin)
  grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' \
      "$RUN_DIR/test-maven.log" \
    | awk -F'[:,] *' '{run+=$2; failed+=$4+$6; skipped+=$8}
        END {printf "Tests: %d passed, %d failed, %d skipped\n", run-failed-skipped, failed, skipped}' || true
  return "$status"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  start-node) shift; cmd_start_node "$@" ;;
  stop) shift; cmd_stop ;;
  status) shift; cmd_status ;;
  test) shift; cmd_test "$@" ;;
  *) die "usage: bin/interdict run [--nodes 2]|start-node N|stop|status|test" ;;
esac
