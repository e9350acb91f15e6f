package org.waypoint.missing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change to a missing episode, most often its return. A field left null keeps its value; an empty text clears
 * it.
 *
 * @param version the version the change was made from; when given, a newer one refuses the change
 */
public record EpisodeChange(@Nullable Long version, @Nullable Instant missingFrom, @Nullable Instant returnedAt,
                            @Nullable Boolean reportedToPolice, @Nullable String policeReference,
                            @Nullable String whereFound, @Nullable String reportedBy) {

    public static EpisodeChange returned(Instant returnedAt, @Nullable String whereFound) {
        return new EpisodeChange(null, null, returnedAt, null, null, whereFound, null);
    }
}
