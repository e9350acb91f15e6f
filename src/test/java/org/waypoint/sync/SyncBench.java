package org.waypoint.sync;

import org.waypoint.IntegrationTest;

@IntegrationTest
class SyncBench extends SyncBenchmark {
}
