package org.waypoint.pathway;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class PathwayApiPostgresTest extends PathwayApiContract {
}
