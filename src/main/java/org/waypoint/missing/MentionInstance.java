package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One interview in which a shared place or person was named: the drill-down behind a {@link SharedMention}. */
public record MentionInstance(UUID childId, String childName, @Nullable String workerName, UUID episodeId,
                              Instant missingFrom, @Nullable Instant heldAt, String asWritten) {
}
