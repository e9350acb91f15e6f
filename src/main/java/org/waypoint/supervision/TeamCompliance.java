package org.waypoint.supervision;

/** One team's supervision compliance as at a day. */
public record TeamCompliance(long teamId, String name, long serviceAreaId, String serviceAreaName,
                             ComplianceFigures figures) {
}
