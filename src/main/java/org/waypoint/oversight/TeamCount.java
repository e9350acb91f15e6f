package org.waypoint.oversight;

/** One team's count for one compliance measure: how many of {@code total} were done in time. */
public record TeamCount(long teamId, String measure, long met, long total) {
}
