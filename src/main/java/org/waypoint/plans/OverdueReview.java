package org.waypoint.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan whose next review date has passed. */
public record OverdueReview(UUID versionId, UUID childId, String childName, PlanType type, LocalDate nextReviewDate,
                            @Nullable String workerName) {
}
