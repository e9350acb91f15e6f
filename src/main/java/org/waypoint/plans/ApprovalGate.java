package org.waypoint.plans;

import java.util.ArrayList;
import java.util.List;
import org.waypoint.common.FieldProblem;

/**
 * What must be true before a manager may approve a plan (seed 002: "if there is one uncompleted action, the team
 * manager must not authorise the plan"; seeds 000 and 004: outcomes, contingency, the child's views). Each gap names
 * its field, and for an action its position, so screens can jump to it and the API can list it.
 */
public final class ApprovalGate {

    private ApprovalGate() {
    }

    /** Every gap of a whole plan; empty when it may be approved. */
    public static List<FieldProblem> gaps(PlanContent plan) {
        List<FieldProblem> gaps = new ArrayList<>();
        if (plan.outcomes().stream().noneMatch(PlanAction::present)) {
            gaps.add(FieldProblem.of("outcomes", "Say at least one outcome: what will be different for the child"));
        }
        for (int i = 0; i < plan.outcomes().size(); i++) {
            if (!PlanAction.present(plan.outcomes().get(i)) && plan.outcomes().stream().anyMatch(PlanAction::present)) {
                gaps.add(new FieldProblem(null, i, "outcome", "Outcome " + (i + 1) + " is empty"));
            }
        }
        gaps.addAll(actionGaps(plan.actions()));
        if (!PlanAction.present(plan.contingency())) {
            gaps.add(FieldProblem.of("contingency", "Write the contingency plan: what happens if this plan does not work"));
        }
        if (!PlanAction.present(plan.childViews()) && !PlanAction.present(plan.childViewsReason())) {
            gaps.add(FieldProblem.of("childViews",
                    "Record the child's views and wishes, or why they could not be obtained"));
        }
        if (plan.nextReviewDate() == null) {
            gaps.add(FieldProblem.of("nextReviewDate", "Set the next review date"));
        }
        return List.copyOf(gaps);
    }

    /**
     * The gaps in a list of actions, each by its 0-based position and field: at least one action, and every action
     * described, owned and dated; a dropped action says why.
     */
    public static List<FieldProblem> actionGaps(List<PlanAction> actions) {
        List<FieldProblem> gaps = new ArrayList<>();
        if (actions.isEmpty()) {
            gaps.add(FieldProblem.of("actions", "Add at least one action"));
        }
        gaps.addAll(eachActionGaps(actions));
        return List.copyOf(gaps);
    }

    /**
     * The gaps of each action, without asking for at least one: a pathway plan's matter may need no action. Pathway
     * plans call this per matter and put the matter's name in each problem's section.
     */
    public static List<FieldProblem> eachActionGaps(List<PlanAction> actions) {
        List<FieldProblem> gaps = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            PlanAction action = actions.get(i);
            String name = "Action " + (i + 1);
            if (!action.described()) {
                gaps.add(FieldProblem.ofAction(i, "description", name + " says nothing: say what will be done"));
            }
            if (!action.owned()) {
                gaps.add(FieldProblem.ofAction(i, "owner", name + " has no owner: name a person or agency"));
            }
            if (!action.dated()) {
                gaps.add(FieldProblem.ofAction(i, "dueDate", name + " has no due date"));
            }
            if (action.status() == ActionStatus.DROPPED && !PlanAction.present(action.droppedReason())) {
                gaps.add(FieldProblem.ofAction(i, "droppedReason", name + " is dropped: say why"));
            }
        }
        return List.copyOf(gaps);
    }
}
