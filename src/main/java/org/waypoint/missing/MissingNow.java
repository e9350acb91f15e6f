package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child whose latest episode has no return yet. */
public record MissingNow(UUID episodeId, UUID childId, String childName, @Nullable Long workerId,
                         @Nullable String workerName, Instant missingFrom, boolean reportedToPolice,
                         @Nullable String policeReference, @Nullable String reportedBy) {
}
