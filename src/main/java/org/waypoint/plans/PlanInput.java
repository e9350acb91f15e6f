package org.waypoint.plans;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as written, from any entry point (screen, REST, offline sync). In a draft anything may be missing; the
 * approval gate decides what must be there before approval.
 *
 * @param startedOn      the initial conference (CP), the day the child became looked after (CLA) or the plan's start
 *                       (CIN); today when not given
 * @param nextReviewDate when not given, the latest date the review rules allow
 */
public record PlanInput(@Nullable PlanType type, @Nullable List<Outcome> outcomes, @Nullable List<Action> actions,
                        @Nullable String contingency, @Nullable String childViews, @Nullable String childViewsReason,
                        @Nullable String parentViews, @Nullable LocalDate nextReviewDate,
                        @Nullable LocalDate startedOn) {

    public record Outcome(@Nullable String description) {
    }

    /**
     * @param owner        a person or agency in words ("School nurse"); ignored when {@code ownerStaffId} is given
     * @param ownerStaffId a member of staff who owns the action
     * @param outcomeIndex the outcome (0-based) this action serves
     */
    public record Action(@Nullable String description, @Nullable String owner, @Nullable Long ownerStaffId,
                         @Nullable LocalDate dueDate, @Nullable ActionStatus status, @Nullable String droppedReason,
                         @Nullable Integer outcomeIndex) {
    }

    /** The input that writes this content again (a new version from an approved one, a screen's starting point). */
    public static PlanInput of(PlanType type, PlanContent content, LocalDate startedOn) {
        return new PlanInput(type, content.outcomes().stream().map(Outcome::new).toList(),
                content.actions().stream().map(a -> new Action(a.description(), a.ownerName(), a.ownerStaffId(),
                        a.dueDate(), a.status(), a.droppedReason(), a.outcomeIndex())).toList(),
                content.contingency(), content.childViews(), content.childViewsReason(), content.parentViews(),
                content.nextReviewDate(), startedOn);
    }
}
