#!/usr/bin/env bash
# Two Waypoint nodes on one PostgreSQL behind HAProxy with sticky sessions, on loopback. Stops everything on exit.
#
#   deploy/two-nodes.sh                 # http://127.0.0.1:8080, nodes on 8081 and 8082, database waypoint_two_nodes
#   FRESH=1 deploy/two-nodes.sh         # drop and recreate the database first
#
# Settings (environment): PORT, NODE_A_PORT, NODE_B_PORT, DB (database name), PGHOST, PGPORT, PGUSER (a role that may
# create databases; trust or ~/.pgpass), JAR, JAVA_HOME, NODE_OPTS (JVM options for each node), RUN_DIR (logs, pid
# files and the HAProxy configuration), WAYPOINT_INITIAL_ADMIN_USERNAME / _PASSWORD (the first administrator).
# Builds the jar only when it is missing. The first node starts (and migrates the schema) before the second.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
NODE_A_PORT=${NODE_A_PORT:-8081}
NODE_B_PORT=${NODE_B_PORT:-8082}
DB=${DB:-waypoint_two_nodes}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=${JAR:-target/waypoint.jar}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
NODE_OPTS=${NODE_OPTS:--Xmx768m -XX:+UseG1GC}
RUN_DIR=${RUN_DIR:-target/two-nodes}
export WAYPOINT_INITIAL_ADMIN_USERNAME=${WAYPOINT_INITIAL_ADMIN_USERNAME:-administrator}
export WAYPOINT_INITIAL_ADMIN_PASSWORD=${WAYPOINT_INITIAL_ADMIN_PASSWORD:-two nodes on one database}

command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install -y haproxy" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
    echo "No $JAR yet: building it"
    JAVA_HOME=$JAVA_HOME ./mvnw -q package -DskipTests
fi
mkdir -p "$RUN_DIR"

if [ "${FRESH:-0}" = 1 ]; then
    dropdb --if-exists "$DB"
fi
if ! psql -d postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    createdb "$DB"
    echo "Created database $DB"
fi

pids=()
stop() {
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -f "$RUN_DIR"/*.pid
    echo "Stopped."
}
trap stop EXIT
trap 'exit 130' INT TERM

start_node() { # name port
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} \
        "$JAVA_HOME/bin/java" $NODE_OPTS -jar "$JAR" --server.port="$2" > "$RUN_DIR/node-$1.log" 2>&1 &
    pids+=($!)
    echo $! > "$RUN_DIR/node-$1.pid"
    local started=$SECONDS
    until curl -fso /dev/null "http://127.0.0.1:$2/login"; do
        kill -0 "$!" 2>/dev/null || { echo "Node $1 stopped while starting; see $RUN_DIR/node-$1.log" >&2; exit 1; }
        [ $((SECONDS - started)) -lt 180 ] || { echo "Node $1 did not answer in 3 minutes" >&2; exit 1; }
        sleep 0.5
    done
    echo "Node $1 (pid $(cat "$RUN_DIR/node-$1.pid")) answers on 127.0.0.1:$2 after $((SECONDS - started)) s"
}

start_node a "$NODE_A_PORT"
start_node b "$NODE_B_PORT"

# Sticky sessions: HAProxy's own cookie names the node; a Vaadin UI lives in one node's memory. If that node dies,
# the cookie's node is down and the request goes to the other (redispatch), where the user signs in again.
cat > "$RUN_DIR/haproxy.cfg" <<EOF
global
    maxconn 4000
defaults
    mode http
    option forwardfor
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
frontend waypoint
    bind 127.0.0.1:$PORT
    default_backend nodes
backend nodes
    balance roundrobin
    cookie WAYPOINT_NODE insert indirect nocache httponly
    option httpchk GET /login
    http-check expect status 200
    server a 127.0.0.1:$NODE_A_PORT check inter 1s fall 2 rise 2 cookie a
    server b 127.0.0.1:$NODE_B_PORT check inter 1s fall 2 rise 2 cookie b
EOF
haproxy -db -f "$RUN_DIR/haproxy.cfg" > "$RUN_DIR/haproxy.log" 2>&1 &
pids+=($!)
echo $! > "$RUN_DIR/haproxy.pid"
until curl -fso /dev/null "http://127.0.0.1:$PORT/login"; do sleep 0.2; done

echo "Waypoint is running at http://127.0.0.1:$PORT (nodes on $NODE_A_PORT and $NODE_B_PORT, database $DB)."
echo "Sign in as $WAYPOINT_INITIAL_ADMIN_USERNAME. Logs in $RUN_DIR. Ctrl-C stops everything."
wait -n "${pids[@]}" || true
echo "A process stopped; see $RUN_DIR." >&2
if [ "${KEEP_ON_NODE_EXIT:-0}" = 1 ]; then wait; fi
