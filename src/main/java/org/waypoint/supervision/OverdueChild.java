package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An allocated child whose case has not been discussed in supervision within the team's interval. */
public record OverdueChild(UUID childId, String childName, long teamId, String teamName, long workerId,
                           String workerName, @Nullable LocalDate lastDiscussedOn, LocalDate dueOn, int daysOverdue) {
}
