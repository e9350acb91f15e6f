package org.waypoint.missing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A return interview that passed {@link InterviewRules}: texts trimmed, codes resolved, the 72-hour answer set. */
record CheckedInterview(InterviewOutcome outcome, @Nullable Instant offeredAt, @Nullable Instant heldAt,
                        @Nullable Boolean withinDeadline, @Nullable Long interviewerId,
                        @Nullable String interviewerName, boolean byAllocatedWorker,
                        @Nullable String interviewerReason, @Nullable String declinedReason,
                        @Nullable String notHeldReason, @Nullable Long decidedBy, @Nullable String whereabouts,
                        @Nullable String withWhom, @Nullable String howTravelled, @Nullable String pushFactorsOther,
                        @Nullable String pullFactorsOther, @Nullable String indicatorFollowUp,
                        @Nullable String childsWords, boolean strategyDiscussion, Set<Long> factorIds,
                        Set<ExploitationIndicator> indicators, List<ReturnInterview.Mention> mentions,
                        List<ReturnInterview.ActionItem> actions) {
}
