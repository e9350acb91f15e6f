package org.waypoint.organisation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A team's safe caseload applies pro rata: a 0.5 FTE worker in a team whose level is 18 is over it above 9. */
public final class SafeCaseload {

    private SafeCaseload() {
    }

    public static boolean exceededBy(long openCases, BigDecimal fte, @Nullable Integer safeCaseload) {
        return safeCaseload != null && BigDecimal.valueOf(openCases).compareTo(fte.multiply(BigDecimal.valueOf(safeCaseload))) > 0;
    }
}
