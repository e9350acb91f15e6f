package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child who went missing more than once in the last 12 months. */
public record RepeatMisser(UUID childId, String childName, String teamName, @Nullable String workerName,
                           MissingCounts counts, Instant lastMissingFrom, boolean missingNow) {
}
