package org.waypoint.plans;

import java.time.Instant;
import java.util.UUID;

/** A plan waiting for a manager's approval, with how many gaps the gate finds. */
public record QueuedPlan(UUID versionId, UUID childId, String childName, PlanType type, int number,
                         String authorName, Instant submittedAt, int gapCount, boolean writtenByMe) {
}
