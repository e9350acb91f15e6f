package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.plans.PlanStatus;

/** A current pathway plan in a list (overdue reviews, the approval queue). {@code id} is the version's. */
public record PathwayListItem(UUID id, UUID childId, String childName, CareLeaverStatus careLeaverStatus,
                              PlanStatus status, @Nullable LocalDate nextReviewDate, String workerName, long authorId,
                              long lastEditedById) {
}
