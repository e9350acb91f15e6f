package org.waypoint.oversight;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class CompliancePostgresTest extends ComplianceContract {
}
