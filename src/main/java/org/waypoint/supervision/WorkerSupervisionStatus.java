package org.waypoint.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

/**
 * Where a worker's supervision stands today.
 *
 * @param stage how often they are to be supervised now (newly qualified stages from their qualification date)
 * @param nextDueOn the last day for their next supervision; null when none has been recorded
 * @param childrenOverdue their allocated children whose case discussion is overdue
 */
public record WorkerSupervisionStatus(long staffId, String name, Role role, SupervisionPolicy.Stage stage,
                                      @Nullable LocalDate lastSupervisedOn, @Nullable LocalDate nextDueOn,
                                      long openCases, int childrenOverdue) {

    /** Overdue on the day: the due date has passed, or they have never been supervised. */
    public boolean overdueOn(LocalDate day) {
        return nextDueOn == null || day.isAfter(nextDueOn);
    }

    /** Days past the due date; 0 when not overdue or never supervised (no due date to count from). */
    public long daysOverdue(LocalDate day) {
        return nextDueOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(nextDueOn, day));
    }
}
