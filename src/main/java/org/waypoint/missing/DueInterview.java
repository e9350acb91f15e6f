package org.waypoint.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child back from a missing episode whose return interview is not yet recorded, with the 72-hour clock. */
public record DueInterview(UUID episodeId, UUID childId, String childName, @Nullable Long workerId,
                           @Nullable String workerName, Instant missingFrom, Instant returnedAt,
                           ReturnInterviewDeadline.Deadline deadline) {

    public Instant dueBy() {
        return deadline.dueBy();
    }

    public long hoursLeft() {
        return deadline.hoursLeft();
    }

    public boolean overdue() {
        return deadline.overdue();
    }
}
