package org.waypoint.supervision;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note added to a locked record; {@code caseDiscussionId} when it is about one child's discussion. */
public record AddendumEntry(UUID id, @Nullable UUID caseDiscussionId, String note, long writtenById,
                            String writtenByName, Instant writtenAt) {
}
