package org.waypoint.plans;

/** A team's plan completeness, with its service area for grouping. */
public record TeamCompleteness(long teamId, String teamName, long serviceAreaId, String serviceAreaName,
                               CompletenessFigures figures) {
}
