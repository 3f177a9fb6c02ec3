#!/usr/bin/env bash
# Keel's performance run, one command (see docs/performance.md):
#   perf/run.sh            build the production jar, start a real PostgreSQL (Debian's package) in a temp folder,
#                          generate 100 studios / 100,000 clients / 1,000,000 item logs / 300,000 check-ins, start the
#                          jar, ramp virtual users step by step and print the figures table with the breaking point
#   perf/run.sh soak [min] the same set-up, then a constant load for [min] minutes (30) printing heap and RSS drift
#   perf/run.sh startup    start-up time and idle RSS of the jar for each JVM option set (the lean-server table)
# Settings (environment): PERF_STEPS="50 100 200 500 1000 1500" users per step, PERF_HOLD=60 s measured per step,
# PERF_RAMP=20 s, PERF_THINK=5 s mean pause between a person's steps, PERF_SIZES="100 100000 1000000 300000",
# PERF_SOAK_USERS=200, PERF_SAVE_USERS=50 (the check-in save step), PERF_WARMUP=180 s (unreported; 60 s left the JIT cold), PERF_SKIP_BUILD=1 to reuse target/, KEEL_JAVA_OPTS for the
# server's JVM, KEEL_JAVA_ENV its environment (default MALLOC_ARENA_MAX=2, as the Dockerfile), PERF_KEEP=1 to keep the temp folder (server and GC logs, Gatling reports), PERF_JFR=1 to profile,
# PERF_STARTUP_SETS=new to run only the chosen start-up set and the later candidates.
# Needs: root or sudo for apt-get/useradd (PostgreSQL's initdb refuses root, so it runs as the user "keelperf").
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-ramp}
STEPS=${PERF_STEPS:-"50 100 200 500 1000 1500"}
HOLD=${PERF_HOLD:-60}
RAMP=${PERF_RAMP:-20}
THINK=${PERF_THINK:-5}
read -r STUDIOS CLIENTS ITEM_LOGS CHECK_INS <<<"${PERF_SIZES:-100 100000 1000000 300000}"
SOAK_MINUTES=${2:-30}
SOAK_USERS=${PERF_SOAK_USERS:-200}
# What the Dockerfile runs (see docs/performance.md, "Lean server"): G1 with low heap-free ratios gives back the heap
# start-up grew (after Keel's one full collection when ready) and idle heap later (periodic collections).
JAVA_OPTS_DEFAULT="-XX:+UseG1GC -Xms32m -Xmx384m -Xss512k -XX:G1PeriodicGCInterval=15000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"
# What the Dockerfile ran before round 2 (the serial collector keeps the heap start-up grew).
JAVA_OPTS_SERIAL="-XX:+UseSerialGC -Xms64m -Xmx384m -Xss512k"
SERVER_OPTS=${KEEL_JAVA_OPTS:-$JAVA_OPTS_DEFAULT}
SERVER_ENV=${KEEL_JAVA_ENV-MALLOC_ARENA_MAX=2}
HASH_ITERATIONS=1000

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-21* \
    2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false
WORK=$(mktemp -d /tmp/keel-perf.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=""
PG_DATA="$WORK/pg"

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  [ -f "$PG_DATA/postmaster.pid" ] && runuser -u keelperf -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null
  [ -z "${PERF_KEEP:-}" ] && rm -rf "$WORK"
}
trap cleanup EXIT

# --- build -------------------------------------------------------------------------------------------------------
if [ -z "${PERF_SKIP_BUILD:-}" ]; then
  log "building the production jar and the load test (./mvnw clean package)"
  ./mvnw -q -ntp clean package -DskipTests
fi
./mvnw -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JAR=$(ls target/keel-*.jar | grep -v plain | head -1)
# Run as the Dockerfile does: Spring Boot's extracted layout (plain jars: cheaper class and resource look-ups).
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
EXTRACTED="$WORK/app/$(basename "$JAR")"
CP="target/test-classes:$(cat "$WORK/cp.txt")"
GEN_JAVA=(java --add-opens java.base/java.lang=ALL-UNNAMED -Xmx3g -XX:+UseParallelGC -cp "$CP")

# --- PostgreSQL --------------------------------------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PG_BIN" ]; then
  log "installing PostgreSQL (Debian package)"
  as_root apt-get install -y -q postgresql >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
id keelperf >/dev/null 2>&1 || as_root useradd --system --no-create-home --shell /usr/sbin/nologin keelperf
mkdir -p "$PG_DATA" && chown keelperf "$PG_DATA"
PG_PORT=$(free_port)
runuser -u keelperf -- "$PG_BIN/initdb" -D "$PG_DATA" -U keel --auth=trust -E UTF8 >/dev/null
runuser -u keelperf -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w start \
  -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=512MB" >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U keel keel
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/keel"
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT, data in $PG_DATA"

# --- the server --------------------------------------------------------------------------------------------------
APP_PORT=$(free_port)
start_server() { # $1 = JVM options, $2 = jar (default: the extracted one); sets SERVER_PID and STARTUP_S
  local t0=$SECONDS start
  start=$(date +%s.%N)
  : >"$WORK/gc.log"
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL=$JDBC SPRING_DATASOURCE_USERNAME=keel SPRING_DATASOURCE_PASSWORD=unused \
  KEEL_PUBLIC_URL=https://perf.invalid PORT=$APP_PORT \
    env ${SERVER_ENV:-} java $1 -Xlog:gc:file="$WORK/gc.log" -jar "${2:-$EXTRACTED}" --spring.profiles.active=prod,loadtest \
    --spring.config.additional-location=file:perf/application-loadtest.properties >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  # Ready = the first page answers and start-up work (the exercise library) is done ("Keel is ready", ReadyLog).
  until grep -q 'Keel is ready' "$WORK/server.log" &&
      curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/login" 2>/dev/null | grep -q 200; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; log "the server did not start"; exit 1; }
    [ $((SECONDS - t0)) -gt 300 ] && { log "the server did not answer in 5 minutes"; exit 1; }
    sleep 0.2
  done
  STARTUP_S=$(echo "$(date +%s.%N) - $start" | bc)
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

startup_figures() { # $1 = label, $2 = options, $3 = jar: start-up to first answered page, Spring's figure, idle RSS
  start_server "$2" "$3"
  local spring
  spring=$(grep -o 'Started KeelApplication in [0-9.]* seconds' "$WORK/server.log" | grep -o '[0-9.]*' | head -1)
  sleep 20
  printf '| %s | `%s` | %.1f | %s | %s | %s |\n' "$1" "$2" "$STARTUP_S" "${spring:-?}" "$(rss_mib "$SERVER_PID")" \
    "$(loadavg)"
  stop_server
}

log "first start: Liquibase creates the schema and loads the exercise library"
start_server "$SERVER_OPTS"
stop_server

if [ "$MODE" != startup ]; then
log "generating $STUDIOS studios, $CLIENTS clients, $ITEM_LOGS item logs, $CHECK_INS check-ins"
GEN_OUT=$("${GEN_JAVA[@]}" -Dkeel.generator.pbkdf2-iterations=$HASH_ITERATIONS app.keel.bench.DataGenerator \
  "$JDBC" keel unused "$STUDIOS" "$CLIENTS" "$ITEM_LOGS" "$CHECK_INS" | tee /dev/stderr)
TAG=$(echo "$GEN_OUT" | sed -n 's/.*(tag \([0-9a-f]*\)).*/\1/p')
GEN_TIME=$(echo "$GEN_OUT" | sed -n 's/^Generated .* in \([0-9.]*\) s.*/\1/p')
fi

if [ "$MODE" = startup ]; then
  # Spring Boot's extracted layout (the jar plus lib/): class-data sharing and the JDK's AOT cache need classes in
  # plain jar files, not nested ones. The training runs stop right after the application context is refreshed.
  train() { # $1 = JVM options of the training run
    # shellcheck disable=SC2086
    SPRING_DATASOURCE_URL=$JDBC SPRING_DATASOURCE_USERNAME=keel SPRING_DATASOURCE_PASSWORD=unused \
    KEEL_PUBLIC_URL=https://perf.invalid java $1 -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
      --spring.profiles.active=prod,loadtest --spring.config.additional-location=file:perf/application-loadtest.properties \
      >"$WORK/train.log" 2>&1 || { tail -20 "$WORK/train.log" >&2; }
  }
  SERVER_ENV=""
  echo
  echo "| JVM | options | start-up to first page (s) | Spring's 'Started in' (s) | idle RSS (MiB) | load average |"
  echo "|---|---|---|---|---|---|"
  COH="-XX:+UseCompactObjectHeaders"
  # The serial collector's cache serves the history rows and round 2's candidates, not the chosen set.
  [ "${PERF_STARTUP_SETS:-all}" != chosen ] && train "$JAVA_OPTS_SERIAL -XX:AOTCacheOutput=$WORK/keel.aot"
  # PERF_STARTUP_SETS=new: only the chosen set and the candidates tried after it (the first table is history).
  if [ "${PERF_STARTUP_SETS:-all}" = all ]; then
  startup_figures "before: fat jar, G1, the old Dockerfile's heap share" "-XX:MaxRAMPercentage=75" "$JAR"
  startup_figures "fat jar, serial GC, 384 MB heap" "$JAVA_OPTS_SERIAL" "$JAR"
  startup_figures "extracted jar, serial GC" "$JAVA_OPTS_SERIAL" "$EXTRACTED"
  startup_figures "extracted, Vaadin scans only app.keel and com.vaadin" \
    "$JAVA_OPTS_SERIAL -Dvaadin.allowed-packages=app.keel,com.vaadin" "$EXTRACTED"
  SERVER_ENV="MALLOC_ARENA_MAX=2" startup_figures "extracted, serial GC, MALLOC_ARENA_MAX=2" \
    "$JAVA_OPTS_SERIAL" "$EXTRACTED"
  train "$JAVA_OPTS_SERIAL -XX:ArchiveClassesAtExit=$WORK/keel.jsa"
  [ -f "$WORK/keel.jsa" ] && startup_figures "extracted + Spring Boot CDS archive" \
    "$JAVA_OPTS_SERIAL -XX:SharedArchiveFile=$WORK/keel.jsa" "$EXTRACTED"
  [ -f "$WORK/keel.aot" ] && startup_figures "extracted + JDK 25 AOT cache" \
    "$JAVA_OPTS_SERIAL -XX:AOTCache=$WORK/keel.aot" "$EXTRACTED"
  fi
  export SERVER_ENV="MALLOC_ARENA_MAX=2"
  # PERF_STARTUP_SETS=chosen: only the chosen set (and its variants) and the native memory breakdown.
  if [ "${PERF_STARTUP_SETS:-all}" != chosen ]; then
  [ -f "$WORK/keel.aot" ] && startup_figures "round 1's choice: serial GC, AOT cache, MALLOC_ARENA_MAX=2" \
    "$JAVA_OPTS_SERIAL -XX:AOTCache=$WORK/keel.aot" "$EXTRACTED"
  # Candidates after round 1: each keeps that set and changes one thing.
  train "$JAVA_OPTS_SERIAL $COH -XX:AOTCacheOutput=$WORK/keel-coh.aot"
  [ -f "$WORK/keel-coh.aot" ] && startup_figures "+ compact object headers (JDK 25, JEP 519)" \
    "$JAVA_OPTS_SERIAL $COH -XX:AOTCache=$WORK/keel-coh.aot" "$EXTRACTED"
  startup_figures "+ database pool opened lazily (2 idle connections, not 20)" \
    "$JAVA_OPTS_SERIAL -XX:AOTCache=$WORK/keel.aot -Dspring.datasource.hikari.minimum-idle=2" "$EXTRACTED"
  startup_figures "+ Spring's lazy bean initialisation" \
    "$JAVA_OPTS_SERIAL -XX:AOTCache=$WORK/keel.aot -Dspring.main.lazy-initialization=true" "$EXTRACTED"
  startup_figures "+ C1 compiler only (TieredStopAtLevel=1; slower under load)" \
    "$JAVA_OPTS_SERIAL -XX:AOTCache=$WORK/keel.aot -XX:TieredStopAtLevel=1" "$EXTRACTED"
  fi
  # G1 gives a heap back after a full collection when MaxHeapFreeRatio is low (and after idle periodic collections,
  # JEP 346); the serial collector keeps what start-up grew. Keel runs one full collection when it is ready
  # (base.StartupHeapTrim). The AOT cache is trained with the collector it is used with.
  train "$JAVA_OPTS_DEFAULT -XX:AOTCacheOutput=$WORK/keel-g1.aot"
  [ -f "$WORK/keel-g1.aot" ] && startup_figures "G1, heap ratios 10–30 %, AOT cache; no collection at ready" \
    "$JAVA_OPTS_DEFAULT -XX:AOTCache=$WORK/keel-g1.aot -Dkeel.trim-heap-after-start=false" "$EXTRACTED"
  [ -f "$WORK/keel-g1.aot" ] && startup_figures "chosen (Dockerfile): the same with one full collection at ready" \
    "$JAVA_OPTS_DEFAULT -XX:AOTCache=$WORK/keel-g1.aot" "$EXTRACTED"
  train "$JAVA_OPTS_DEFAULT $COH -XX:AOTCacheOutput=$WORK/keel-g1-coh.aot"
  [ -f "$WORK/keel-g1-coh.aot" ] && startup_figures "chosen + compact object headers (no gain after the collection)" \
    "$JAVA_OPTS_DEFAULT $COH -XX:AOTCache=$WORK/keel-g1-coh.aot" "$EXTRACTED"
  # Where the chosen set's resident memory goes (JVM native memory tracking; costs a little memory itself).
  start_server "$JAVA_OPTS_DEFAULT -XX:AOTCache=$WORK/keel-g1.aot -XX:NativeMemoryTracking=summary"
  sleep 20
  echo
  echo "Native memory of the chosen set (committed MiB; RSS $(rss_mib "$SERVER_PID") MiB with tracking on):"
  jcmd "$SERVER_PID" VM.native_memory summary scale=MB | grep -E '^(Total|-  *[A-Z][A-Za-z ]+ \(reserved)' \
    | sed -E 's/ *\(reserved=[0-9]+MB, committed=([0-9]+)MB\)/: \1/; s/^- *//; s/^Total: reserved=[0-9]+MB, committed=([0-9]+)MB.*/Total: \1/'
  stop_server
  exit 0
fi

start_server "$SERVER_OPTS"
log "server up in $(printf '%.1f' "$STARTUP_S")s (pid $SERVER_PID, options: $SERVER_OPTS $SERVER_ENV); idle RSS $(rss_mib "$SERVER_PID") MiB"

run_load() { # $1 = users, $2 = hold seconds, $3.. = more -D settings; prints the LoadRun output
  "${GEN_JAVA[@]}" "${@:3}" -Dkeel.load.max-tail="${PERF_MAX_TAIL:-75}" -Dkeel.load.base-url="http://127.0.0.1:$APP_PORT" -Dkeel.load.tag="$TAG" \
    -Dkeel.load.clients="$CLIENTS" -Dkeel.load.practitioners=$((STUDIOS * 5)) -Dkeel.load.users="$1" \
    -Dkeel.load.ramp="$RAMP" -Dkeel.load.hold="$2" -Dkeel.load.think="$THINK" \
    -Dkeel.load.server-pid="$SERVER_PID" -Dkeel.load.gc-log="$WORK/gc.log" -Dlogback.configurationFile=perf/logback-quiet.xml \
    app.keel.bench.load.LoadRun "$WORK/gatling" 2>&1 || true
}

if [ "$MODE" = soak ]; then
  log "soak: $SOAK_USERS users for $SOAK_MINUTES minutes"
  HEAP0=$(jcmd "$SERVER_PID" GC.class_histogram | tail -1 | awk '{print $3}')
  RSS0=$(rss_mib "$SERVER_PID")
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do
      sleep 60; echo "$(date -u +%H:%M:%S) RSS $(rss_mib "$SERVER_PID") MiB, load $(loadavg)" >&2
    done ) &
  SAMPLER=$!
  OUT=$(run_load "$SOAK_USERS" $((SOAK_MINUTES * 60)))
  kill "$SAMPLER" 2>/dev/null || true
  HEAP1=$(jcmd "$SERVER_PID" GC.class_histogram | tail -1 | awk '{print $3}')
  RSS1=$(rss_mib "$SERVER_PID")
  echo "$OUT" | grep '^RESULT' || echo "$OUT" | tail -20
  printf 'Soak %s min, %s users: live heap %.0f -> %.0f MiB (drift %+.1f MiB), RSS %s -> %s MiB (drift %+d MiB), load %s\n' \
    "$SOAK_MINUTES" "$SOAK_USERS" "$(echo "$HEAP0/1048576" | bc -l)" "$(echo "$HEAP1/1048576" | bc -l)" \
    "$(echo "($HEAP1-$HEAP0)/1048576" | bc -l)" "$RSS0" "$RSS1" $((RSS1 - RSS0)) "$(loadavg)"
  exit 0
fi

# A cold JVM compiles as it goes: a short unreported run first, so the first step measures the warm server.
log "warm-up: 20 users for ${PERF_WARMUP:-180}s"
run_load 20 "${PERF_WARMUP:-180}" | grep '^RESULT' | sed 's/^RESULT/warm-up:/' >&2 || true

# PERF_JFR=1: record a profile (JDK Flight Recorder) of the ramp, after the warm-up; printed at the end.
[ -n "${PERF_JFR:-}" ] && jcmd "$SERVER_PID" JFR.start name=perf settings=profile >/dev/null

ROWS=()
BREAKING=""
for users in $STEPS; do
  log "step: $users users (ramp ${RAMP}s, hold ${HOLD}s, think ${THINK}s), load $(loadavg)"
  OUT=$(run_load "$users" "$HOLD")
  echo "$OUT" | grep '^RESULT' >&2 || { echo "$OUT" | tail -30 >&2; }
  ROW=$(echo "$OUT" | sed -n 's/^ROW //p')
  [ -n "$ROW" ] && ROWS+=("$ROW|$(loadavg)")
  if echo "$OUT" | grep -q '^BROKEN true' && [ -z "$BREAKING" ]; then BREAKING=$users; fi
  # Past the breaking point the next step still shows how it degrades; a collapse (over 5 % errors) ends the ramp.
  if [ -z "$ROW" ] || echo "$OUT" | grep -Eq '^RESULT.*errors [0-9]+ \(([5-9]|[1-9][0-9]+)\.'; then break; fi
done

# Check-in saves back to back (no think time): the save throughput and its p95.
log "check-in saves: ${PERF_SAVE_USERS:-50} clients saving without pause for ${HOLD}s"
SAVES=$(run_load "${PERF_SAVE_USERS:-50}" "$HOLD" -Dkeel.load.check-in-saves=true | sed -n 's/^RESULT //p')
echo "check-in saves: $SAVES" >&2

if [ -n "${PERF_JFR:-}" ]; then
  jcmd "$SERVER_PID" JFR.dump name=perf filename="$WORK/keel.jfr" >/dev/null
  cp "$WORK/keel.jfr" target/perf-keel.jfr
  echo; echo "Profile (JFR, from the end of the warm-up; saved as target/perf-keel.jfr):"
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$WORK/keel.jfr" | awk -f perf/jfr-layers.awk
  jfr view --width 200 hot-methods "$WORK/keel.jfr" | head -30
fi

echo
echo "Keel $(git rev-parse --short HEAD), $(date -u +%F), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
echo "server options: $SERVER_OPTS ($SERVER_ENV); start-up $(printf '%.1f' "$STARTUP_S") s; data generated in ${GEN_TIME}s; think ${THINK}s; hold ${HOLD}s per step"
echo
echo "| users | interactions/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/interaction | heap/session | GC pauses | server CPU | generator CPU | check-in saves/s | load average |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for row in "${ROWS[@]}"; do echo "| ${row//|/ | } |"; done
echo
echo "Check-in saves, ${PERF_SAVE_USERS:-50} clients without pause: $(echo "$SAVES" | grep -o 'check-in saves.*'), \
all requests $(echo "$SAVES" | grep -o 'p95 [0-9]* ms' | head -1), errors $(echo "$SAVES" | grep -o 'errors [0-9]*' | head -1 | cut -d' ' -f2)."
if [ -n "$BREAKING" ]; then
  echo "Breaking point: $BREAKING users (p95 above 100 ms or errors above 0.1 %)."
else
  echo "Breaking point: not reached up to $(echo "$STEPS" | awk '{print $NF}') users."
fi
