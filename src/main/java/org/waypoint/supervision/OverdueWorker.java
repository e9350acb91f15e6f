package org.waypoint.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A case-holding worker whose supervision is overdue on the day.
 *
 * @param dueOn null when no supervision has ever been recorded for them
 * @param daysOverdue days past {@code dueOn}; null when there is no due date to count from
 */
public record OverdueWorker(long staffId, String name, long teamId, String teamName,
                            @Nullable LocalDate lastSupervisedOn, @Nullable LocalDate dueOn,
                            @Nullable Integer daysOverdue) {
}
