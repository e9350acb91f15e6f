package org.waypoint.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;

/**
 * One version of a plan with everything a reader needs.
 *
 * @param id               this version's id (what {@code /api/v1/plans/{id}} names)
 * @param current          whether this is the plan's newest version (only that one can be edited)
 * @param latestReviewDate the latest date the review rules allow for the next review
 * @param gaps             what the approval gate still refuses
 * @param warnings         plain-language help: vague actions, jargon, a review later than the rules allow
 * @param version          for optimistic locking (the ETag)
 */
public record PlanDetail(UUID id, UUID planId, UUID childId, PlanType type, int number, PlanStatus status,
                         boolean current, PlanContent content, LocalDate startedOn, LocalDate latestReviewDate,
                         long authorId, String authorName, long lastEditedById, String lastEditedByName,
                         Instant lastEditedAt, @Nullable Instant submittedAt, @Nullable Instant approvedAt,
                         List<PlanDecision> decisions, List<FieldProblem> gaps, List<FieldProblem> warnings,
                         long version) {

    /** Gaps first, then the plain-language warnings: what a submitter is told. */
    public List<FieldProblem> gapsAndWarnings() {
        return java.util.stream.Stream.concat(gaps.stream(), warnings.stream()).toList();
    }
}
