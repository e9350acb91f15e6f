#!/usr/bin/env bash
# Heap per signed-in Vaadin session on one node (VaadinMemoryBench): live heap after a full GC with no sessions and
# with 200, divided; cross-checked with 20 real Chromium tabs. Loopback only; database waypoint_bench is recreated.
#   bench/memory.sh                      # -Dbench.sessions=200 -Dbench.tabs=20 by default
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f target/waypoint.jar ] || ./mvnw -q package -DskipTests
uptime
./mvnw -o -q -Pbench test -Dtest=VaadinMemoryBench -Dsurefire.failIfNoSpecifiedTests=false "$@"
uptime
cat target/bench/memory.md
