package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A missing episode to record.
 *
 * @param id optional: a device recording offline chooses the id, so a retried upload cannot record it twice
 * @param returnedAt empty while the child is still missing
 * @param reportedBy who told us the child was missing (a carer, a residential home, a parent)
 */
public record NewMissingEpisode(@Nullable UUID id, @Nullable Instant missingFrom, @Nullable Instant returnedAt,
                                @Nullable Boolean reportedToPolice, @Nullable String policeReference,
                                @Nullable String whereFound, @Nullable String reportedBy) {
}
