package org.waypoint.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A supervision record in full, as its parties and the managers over the team read it.
 *
 * @param nextDueOn the last day for the supervisee's next supervision, by the team's policy
 * @param acknowledgedAt when the supervisee acknowledged it; from then on it is locked
 */
public record SupervisionRecord(UUID id, long superviseeId, String superviseeName, long supervisorId,
                                String supervisorName, long teamId, LocalDate heldOn, int durationMinutes,
                                String reflectiveDiscussion, String wellbeing, String workload,
                                @Nullable String learningAndDevelopment, List<AgreedAction> actions,
                                List<CaseDiscussionEntry> caseDiscussions, @Nullable String superviseeComments,
                                @Nullable Instant acknowledgedAt, List<AddendumEntry> addenda, LocalDate nextDueOn,
                                Instant recordedAt, @Nullable Instant updatedAt, long version) {

    public boolean locked() {
        return acknowledgedAt != null;
    }
}
