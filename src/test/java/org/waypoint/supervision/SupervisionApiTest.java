package org.waypoint.supervision;

import org.waypoint.IntegrationTest;

@IntegrationTest
class SupervisionApiTest extends SupervisionApiContract {
}
