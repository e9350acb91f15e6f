package org.waypoint.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version in a child's list of plans. */
public record PlanSummary(UUID id, UUID planId, PlanType type, int number, PlanStatus status, boolean current,
                          @Nullable LocalDate nextReviewDate, String lastEditedByName, Instant lastEditedAt,
                          @Nullable Instant approvedAt, long version) {
}
