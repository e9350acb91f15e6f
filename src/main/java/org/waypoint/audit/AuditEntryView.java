package org.waypoint.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail, as a reader sees it. */
public record AuditEntryView(long id, Instant at, String username, @Nullable String staffName, @Nullable UUID childId,
                             @Nullable String childName, String recordType, @Nullable String recordId, String action,
                             String channel) {
}
