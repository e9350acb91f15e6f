package org.waypoint.plans;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class PlansApiPostgresTest extends PlansApiContract {
}
