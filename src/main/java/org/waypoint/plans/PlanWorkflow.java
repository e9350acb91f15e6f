package org.waypoint.plans;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.ConflictException;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.Problems;
import org.waypoint.common.Text;

/**
 * The approval workflow: DRAFT → SUBMITTED → APPROVED or RETURNED; a returned plan is edited and submitted again.
 * Editing a submitted plan takes it back to draft (the manager never approves text they were not shown). An
 * approved plan is never changed: editing it starts a new draft version, and the approved one stays in force, and
 * readable, until the new version is approved (then it is superseded).
 */
public final class PlanWorkflow {

    public static final int RATIONALE_LENGTH = 4000;

    private PlanWorkflow() {
    }

    /** The status of a version after an edit in place; approved and superseded versions cannot be edited. */
    public static PlanStatus afterEdit(PlanStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED -> PlanStatus.DRAFT;
            case RETURNED -> PlanStatus.RETURNED;
            case APPROVED -> throw new ConflictException("An approved plan is not changed: start a new version");
            case SUPERSEDED -> throw new ConflictException("This version was replaced: edit the current version");
        };
    }

    /** Whether an edit starts a new version instead of changing this one. */
    public static boolean editStartsNewVersion(PlanStatus status) {
        return status == PlanStatus.APPROVED;
    }

    public static PlanStatus submit(PlanStatus status) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw new ConflictException(status == PlanStatus.SUBMITTED ? "This plan is already waiting for approval"
                    : "Only a draft or returned plan can be submitted");
        }
        return PlanStatus.SUBMITTED;
    }

    public static PlanStatus approve(PlanStatus status) {
        requireSubmitted(status);
        return PlanStatus.APPROVED;
    }

    public static PlanStatus giveBack(PlanStatus status) {
        requireSubmitted(status);
        return PlanStatus.RETURNED;
    }

    /** Nobody decides on a plan they wrote or last edited. */
    public static boolean mayDecide(long deciderId, long authorId, long lastEditedById) {
        return deciderId != authorId && deciderId != lastEditedById;
    }

    /** What is wrong with a manager's rationale for approving or returning (pathway plans use it too). */
    public static Optional<FieldProblem> rationaleProblem(@Nullable String rationale) {
        String text = rationale == null ? "" : rationale;
        return new Problems().requireText(text, "rationale", "The rationale", RATIONALE_LENGTH).list().stream()
                .findFirst().map(p -> Text.isBlank(text) ? FieldProblem.of("rationale",
                        "Write the rationale for your decision") : p);
    }

    private static void requireSubmitted(PlanStatus status) {
        if (status != PlanStatus.SUBMITTED) {
            throw new ConflictException("Only a plan waiting for approval can be approved or returned");
        }
    }
}
