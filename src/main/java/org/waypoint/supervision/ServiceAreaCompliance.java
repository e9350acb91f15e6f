package org.waypoint.supervision;

/** A service area's supervision compliance: the sums of its teams' counts. */
public record ServiceAreaCompliance(long serviceAreaId, String name, ComplianceFigures figures) {
}
