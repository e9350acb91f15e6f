package org.waypoint.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.FieldProblem;
import org.waypoint.plans.PlanDecision;
import org.waypoint.plans.PlanStatus;

/**
 * One version of a pathway plan with everything a reader needs.
 *
 * @param id               this version's id (what {@code /api/v1/pathway-plans/{id}} names)
 * @param latestReviewDate the latest date the review rule allows for the next review
 * @param lastReviewedOn   the day the last version was approved, if any was
 * @param gaps             what the gate still refuses
 * @param warnings         plain-language help and a review later than the rule allows
 */
public record PathwayDetail(UUID id, UUID planId, UUID childId, String childName, CareLeaverStatus careLeaverStatus,
                            int number, PlanStatus status, boolean current, PathwayContent content,
                            LocalDate startedOn, LocalDate latestReviewDate, @Nullable LocalDate lastReviewedOn,
                            long authorId, String authorName, long lastEditedById, String lastEditedByName,
                            Instant lastEditedAt, @Nullable Instant submittedAt, @Nullable Instant approvedAt,
                            List<PlanDecision> decisions, List<FieldProblem> gaps, List<FieldProblem> warnings,
                            long version) {

    public List<FieldProblem> gapsAndWarnings() {
        return Stream.concat(gaps.stream(), warnings.stream()).toList();
    }
}
