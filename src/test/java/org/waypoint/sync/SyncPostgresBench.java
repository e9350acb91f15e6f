package org.waypoint.sync;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class SyncPostgresBench extends SyncBenchmark {
}
