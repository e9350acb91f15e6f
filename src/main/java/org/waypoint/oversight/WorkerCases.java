package org.waypoint.oversight;

import java.math.BigDecimal;
import org.waypoint.security.Role;

/** How many open cases one member of staff held in one team on a day. */
public record WorkerCases(long staffId, String name, Role role, BigDecimal fte, long teamId, long openCases) {
}
