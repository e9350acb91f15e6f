package org.waypoint.audit;

import org.waypoint.IntegrationTest;

@IntegrationTest
class AuditTrailTest extends AuditTrailContract {
}
