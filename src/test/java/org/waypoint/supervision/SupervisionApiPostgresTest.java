package org.waypoint.supervision;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class SupervisionApiPostgresTest extends SupervisionApiContract {
}
