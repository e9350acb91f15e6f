package org.waypoint.children;

import org.waypoint.PostgresIntegrationTest;

@PostgresIntegrationTest
class ChildrenApiPostgresTest extends ChildrenApiContract {
}
