package org.waypoint.missing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A return interview as the practitioner records it; the same record comes from the screen, the API and an
 * offline device. The {@code outcome} may be given; when it is not, it follows from the fields:
 * <ul>
 *   <li>a {@code notHeldReason}: a decision not to hold one (with {@code decidedById}, the caller if empty);</li>
 *   <li>{@code accepted} false: offered and declined, with the child's {@code declinedReason};</li>
 *   <li>{@code accepted} true, or a {@code heldAt}: held, which needs the offer and held times, the interviewer and
 *   the child's own words.</li>
 * </ul>
 *
 * @param id optional, chosen by an offline device
 * @param outcome optional; when given, {@code accepted} must agree with it or be left out
 * @param interviewerName someone from another organisation, when {@code interviewerId} is empty
 * @param interviewerReason why the child's allocated worker held it rather than someone independent
 * @param pushFactors codes of the configured push factors (see {@link MissingFactorService})
 * @param places places the child named, short (one each), matched across children
 * @param associates people the child named, short (one each), matched across children
 */
public record ReturnInterviewInput(@Nullable UUID id, @Nullable InterviewOutcome outcome, @Nullable Instant offeredAt, @Nullable Instant heldAt,
                                   @Nullable Long interviewerId, @Nullable String interviewerName,
                                   @Nullable String interviewerReason, @Nullable Boolean accepted,
                                   @Nullable String declinedReason, @Nullable String notHeldReason,
                                   @Nullable Long decidedById, @Nullable String whereabouts,
                                   @Nullable String withWhom, @Nullable String howTravelled,
                                   @Nullable List<String> pushFactors, @Nullable List<String> pullFactors,
                                   @Nullable String pushFactorsOther, @Nullable String pullFactorsOther,
                                   @Nullable Set<ExploitationIndicator> exploitationIndicators,
                                   @Nullable String indicatorFollowUp, @Nullable String childsWords,
                                   @Nullable List<InterviewAction> actions,
                                   @Nullable Boolean strategyDiscussionNeeded, @Nullable List<String> places,
                                   @Nullable List<String> associates) {
}
