package org.waypoint.pathway;

import org.waypoint.IntegrationTest;

@IntegrationTest
class PathwayApiTest extends PathwayApiContract {
}
