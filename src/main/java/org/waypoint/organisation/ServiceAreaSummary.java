package org.waypoint.organisation;

public record ServiceAreaSummary(long id, String name) {
}
