package org.waypoint.plans;

import java.util.UUID;

/** A plan in the completeness report's drill-down. */
public record CompletenessPlan(UUID versionId, UUID childId, String childName, PlanType type, PlanStatus status,
                               String teamName, Completeness category, long actions, long owned, long dated) {
}
