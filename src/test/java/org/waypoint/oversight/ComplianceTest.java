package org.waypoint.oversight;

import org.waypoint.IntegrationTest;

@IntegrationTest
class ComplianceTest extends ComplianceContract {
}
