package org.waypoint.sync;

import org.waypoint.IntegrationTest;

@IntegrationTest
class OfflinePackApiTest extends OfflinePackApiContract {
}
