package org.waypoint.children;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.waypoint.organisation.SafeCaseload;
import org.waypoint.security.Role;

/** A team member and the open cases allocated to them now. */
public record WorkerCaseload(long staffId, String displayName, Role role, BigDecimal fte, long openCases,
                             @Nullable Integer safeCaseload) {

    /** Above the team's safe level, pro rata to FTE. */
    public boolean overSafeLevel() {
        return SafeCaseload.exceededBy(openCases, fte, safeCaseload);
    }
}
