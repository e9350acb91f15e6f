package org.waypoint.missing;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class MissingApiPostgresTest extends MissingApiContract {
}
