package org.waypoint.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Supervision compliance counts for a team, a service area or a month.
 *
 * @param workers case-holding workers (practitioners holding at least one child)
 * @param supervisedInTime of those, the ones whose last supervision's due date had not passed
 * @param childrenAllocated children allocated to a worker
 * @param childrenDiscussedInTime of those, the ones discussed within the team's case interval (or not yet due)
 */
public record ComplianceFigures(int workers, int supervisedInTime, int childrenAllocated,
                                int childrenDiscussedInTime) {

    public static final ComplianceFigures NONE = new ComplianceFigures(0, 0, 0, 0);

    /** Share of workers supervised in time, 0–1 to 3 places; null when there are no case-holding workers. */
    public @Nullable BigDecimal workerCompliance() {
        return fraction(supervisedInTime, workers);
    }

    /** Share of allocated children discussed in time, 0–1 to 3 places; null when no child is allocated. */
    public @Nullable BigDecimal caseCompliance() {
        return fraction(childrenDiscussedInTime, childrenAllocated);
    }

    /** A fraction as people read it: "87%"; a dash when there was nothing to count. */
    public static String percent(@Nullable BigDecimal fraction) {
        return fraction == null ? "–" : fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    public ComplianceFigures plus(ComplianceFigures other) {
        return new ComplianceFigures(workers + other.workers, supervisedInTime + other.supervisedInTime,
                childrenAllocated + other.childrenAllocated, childrenDiscussedInTime + other.childrenDiscussedInTime);
    }

    private static @Nullable BigDecimal fraction(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
