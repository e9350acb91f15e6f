package org.waypoint.sync;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class OfflinePackApiPostgresTest extends OfflinePackApiContract {
}
