#!/usr/bin/env bash
# A council's morning on two nodes behind HAProxy, then the same with one node killed halfway (MorningBench).
# Loopback only; creates and drops nothing but the database waypoint_bench. Figures in target/bench/morning.md.
#   bench/morning.sh                                  # 2 areas x 4 teams x (1 manager + 6 workers), 3 mornings each
#   bench/morning.sh -Dbench.rounds=5 -Dbench.concurrency=32
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f target/waypoint.jar ] || ./mvnw -q package -DskipTests
uptime
./mvnw -o -q -Pbench test -Dtest=MorningBench -Dsurefire.failIfNoSpecifiedTests=false "$@"
uptime
cat target/bench/morning.md
