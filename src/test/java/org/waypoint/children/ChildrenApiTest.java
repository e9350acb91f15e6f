package org.waypoint.children;

import org.waypoint.IntegrationTest;

@IntegrationTest
class ChildrenApiTest extends ChildrenApiContract {
}
