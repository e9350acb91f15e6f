package org.waypoint.oversight;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class CaseloadPostgresTest extends CaseloadContract {
}
