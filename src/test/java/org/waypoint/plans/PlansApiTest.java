package org.waypoint.plans;

import org.waypoint.IntegrationTest;

@IntegrationTest
class PlansApiTest extends PlansApiContract {
}
