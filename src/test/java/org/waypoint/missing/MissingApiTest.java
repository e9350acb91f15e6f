package org.waypoint.missing;

import org.waypoint.IntegrationTest;

@IntegrationTest
class MissingApiTest extends MissingApiContract {
}
