package org.waypoint.oversight;

import org.waypoint.IntegrationTest;

@IntegrationTest
class CaseloadTest extends CaseloadContract {
}
