package org.waypoint.sync;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class SyncApiPostgresTest extends SyncApiContract {
}
