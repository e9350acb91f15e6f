#!/usr/bin/env bash
# Start-up time and footprint of one node (postgres profile, database waypoint_startup), with and without the
# JDK 25 AOT cache. Loopback only. Prints a Markdown table and writes it to target/bench/startup.md.
#   bench/startup.sh            # RUNS=3 per variant by default
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
RUNS=${RUNS:-3}
PORT=${PORT:-18090}
DB=waypoint_startup
OUT=target/bench/startup
export PGHOST=127.0.0.1 PGUSER=postgres
mkdir -p "$OUT"
[ -f target/waypoint.jar ] || JAVA_HOME=$JAVA_HOME ./mvnw -q package -DskipTests

# The AOT cache only covers classes loaded from the class path by the JVM's own loaders, not from inside Spring
# Boot's nested jar: run from the extracted layout (a thin jar plus lib/), as Spring Boot recommends for CDS/AOT.
rm -rf "$OUT/extracted"
"$JAVA" -Djarmode=tools -jar target/waypoint.jar extract --destination "$OUT/extracted" >/dev/null
dropdb --if-exists "$DB" && createdb "$DB"

export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
    SPRING_DATASOURCE_USERNAME=postgres WAYPOINT_INITIAL_ADMIN_USERNAME=administrator \
    WAYPOINT_INITIAL_ADMIN_PASSWORD='two nodes on one database'
NODE_OPTS=${NODE_OPTS:--Xmx768m -XX:+UseG1GC}

# start NAME JAR [JVM options...]: time to the first answered request, the JVM's own "Started" time, RSS.
start() {
    local name=$1 jar=$2; shift 2
    local log="$OUT/$name.log" t0 t1 pid
    t0=$(date +%s%N)
    "$JAVA" $NODE_OPTS "$@" -jar "$jar" --server.port=$PORT > "$log" 2>&1 &
    pid=$!
    until curl -fso /dev/null "http://127.0.0.1:$PORT/login"; do
        kill -0 $pid 2>/dev/null || { echo "$name stopped; see $log" >&2; return 1; }
        sleep 0.1
    done
    t1=$(date +%s%N)
    echo "$pid $(( (t1 - t0) / 1000000 ))"
}

# SIGTERM: a normal exit, which is also when a training run writes its AOT cache.
stop() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; }

measure() { # NAME JAR [JVM options...]
    local name=$1; shift
    for run in $(seq 1 "$RUNS"); do
        read -r pid ms < <(start "$name" "$@")
        sleep 3
        local rss started
        rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
        started=$(grep -o 'Started Application in [0-9.]* seconds' "$OUT/$name.log" | grep -o '[0-9.]*' | head -1)
        stop "$pid"
        echo "| $name | $run | $ms | ${started:-?} | $(( rss / 1024 )) | $(cut -d' ' -f1 /proc/loadavg) |" | tee -a "$OUT/rows.md"
    done
}

rm -f "$OUT/rows.md"
RUNS=1 measure "fat jar" target/waypoint.jar >/dev/null     # the first start migrates the schema; not counted
rm -f "$OUT/rows.md"
measure "fat jar" target/waypoint.jar
measure "extracted" "$OUT/extracted/waypoint.jar"

# Training run: the JVM records which classes were loaded and linked while the app starts and serves a few pages,
# and writes the cache when it exits (JDK 25 one-step -XX:AOTCacheOutput).
read -r pid ms < <(start training "$OUT/extracted/waypoint.jar" -XX:AOTCacheOutput="$OUT/waypoint.aot")
for path in /login /login /v3/api-docs; do curl -fso /dev/null "http://127.0.0.1:$PORT$path" || true; done
curl -so /dev/null -u 'administrator:two nodes on one database' "http://127.0.0.1:$PORT/api/v1/me"
stop "$pid"
ls -la "$OUT/waypoint.aot" >&2
measure "extracted + AOT cache" "$OUT/extracted/waypoint.jar" -XX:AOTCache="$OUT/waypoint.aot"

{
    echo "| variant | run | first request answered (ms) | Spring \"Started\" (s) | RSS after start (MB) | load average |"
    echo "|---|---:|---:|---:|---:|---:|"
    cat "$OUT/rows.md"
    echo
    echo "AOT cache: $(du -h "$OUT/waypoint.aot" | cut -f1). Node options: $NODE_OPTS."
} | tee target/bench/startup.md
