package org.waypoint.sync;

import org.waypoint.IntegrationTest;

@IntegrationTest
class SyncApiTest extends SyncApiContract {
}
