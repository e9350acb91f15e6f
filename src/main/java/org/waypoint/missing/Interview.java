package org.waypoint.missing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A return interview as recorded.
 *
 * @param heldWithin72Hours whether a held interview met the 72-hour rule; null when not held
 * @param interviewerName the member of staff's name, or the name given for someone from another organisation
 * @param byAllocatedWorker the child's allocated worker held it, which the guidance asks to be explained
 * @param decidedByName who decided not to hold an interview
 */
public record Interview(UUID id, UUID episodeId, InterviewOutcome outcome, @Nullable Instant offeredAt,
                        @Nullable Instant heldAt, @Nullable Boolean heldWithin72Hours, @Nullable Long interviewerId,
                        @Nullable String interviewerName, boolean byAllocatedWorker,
                        @Nullable String interviewerReason, @Nullable String declinedReason,
                        @Nullable String notHeldReason, @Nullable Long decidedById, @Nullable String decidedByName,
                        @Nullable String whereabouts, @Nullable String withWhom, @Nullable String howTravelled,
                        List<MissingFactor> pushFactors, List<MissingFactor> pullFactors,
                        @Nullable String pushFactorsOther, @Nullable String pullFactorsOther,
                        Set<ExploitationIndicator> exploitationIndicators, @Nullable String indicatorFollowUp,
                        @Nullable String childsWords, List<InterviewAction> actions, boolean strategyDiscussionNeeded,
                        List<String> places, List<String> associates, long recordedById, String recordedByName,
                        Instant recordedAt, long version) {

    /** True when held, false when the child declined, null when a decision was made not to hold one. */
    public @Nullable Boolean accepted() {
        return switch (outcome) {
            case HELD -> true;
            case DECLINED -> false;
            case NOT_HELD -> null;
        };
    }
}
