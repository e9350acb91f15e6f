package org.waypoint.audit;

import java.time.Instant;

/** Someone who has looked at a child's record: how often and when last. */
public record RecordViewer(String username, String displayName, long views, Instant lastViewed) {
}
