package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A missing episode as recorded, with its return interview once there is one.
 *
 * @param returnedAt null while the child is still missing
 * @param interview null until an interview is held, declined, or a decision not to hold one is recorded
 */
public record Episode(UUID id, UUID childId, Instant missingFrom, @Nullable Instant returnedAt,
                      boolean reportedToPolice, @Nullable String policeReference, @Nullable String reportedBy,
                      @Nullable String whereFound, long recordedById, Instant recordedAt, long version,
                      @Nullable Interview interview) {

    public boolean stillMissing() {
        return returnedAt == null;
    }

    /** 72 hours after the return; null while the child is still missing. */
    public @Nullable Instant interviewDueBy() {
        return returnedAt == null ? null : ReturnInterviewDeadline.dueBy(returnedAt);
    }

    /** Returned, and nothing recorded yet about the return interview. */
    public boolean interviewDue() {
        return returnedAt != null && interview == null;
    }
}
