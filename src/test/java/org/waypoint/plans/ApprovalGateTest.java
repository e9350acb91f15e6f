package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.common.FieldProblem;

class ApprovalGateTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 3);

    static PlanContent plan(List<PlanAction> actions) {
        return new PlanContent(List.of("Amy goes to school every day"), actions, "If Amy misses school, a meeting",
                "I like my new school", null, "Mum agrees", DUE);
    }

    static PlanAction action(boolean described, boolean owned, boolean dated) {
        return PlanAction.of(described ? "Visit Amy at school" : "  ", owned ? "School nurse" : null,
                dated ? DUE : null);
    }

    @Test
    void aCompletePlanPasses() {
        assertThat(ApprovalGate.gaps(plan(List.of(action(true, true, true), action(true, true, true))))).isEmpty();
    }

    /** Every combination of described/owned/dated for up to three actions: each gap by position and field. */
    @Test
    void everyFailingActionIsListedByPositionAndField() {
        for (int size = 1; size <= 3; size++) {
            int combinations = 1 << (3 * size);
            for (int mask = 0; mask < combinations; mask++) {
                List<PlanAction> actions = new ArrayList<>();
                List<FieldProblem> expected = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    int bits = mask >> (3 * i);
                    boolean described = (bits & 1) != 0;
                    boolean owned = (bits & 2) != 0;
                    boolean dated = (bits & 4) != 0;
                    actions.add(action(described, owned, dated));
                    if (!described) {
                        expected.add(FieldProblem.ofAction(i, "description", "Action " + (i + 1) + " says nothing: say what will be done"));
                    }
                    if (!owned) {
                        expected.add(FieldProblem.ofAction(i, "owner", "Action " + (i + 1) + " has no owner: name a person or agency"));
                    }
                    if (!dated) {
                        expected.add(FieldProblem.ofAction(i, "dueDate", "Action " + (i + 1) + " has no due date"));
                    }
                }
                assertThat(ApprovalGate.gaps(plan(actions))).as("mask %d of %d actions", mask, size)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aStaffMemberOwnsAnActionWithoutATypedName() {
        var byStaff = new PlanAction("Visit Amy", 42L, null, DUE, ActionStatus.IN_PROGRESS, null, 0);
        assertThat(ApprovalGate.actionGaps(List.of(byStaff))).isEmpty();
    }

    @Test
    void blankAndInvisibleOwnersDoNotCount() {
        for (String owner : List.of("", "   ", "\u200b", "\ufeff\u200b ")) {
            assertThat(ApprovalGate.actionGaps(List.of(PlanAction.of("Visit", owner, DUE))))
                    .extracting(FieldProblem::field).containsExactly("owner");
        }
    }

    @Test
    void aDroppedActionSaysWhy() {
        var dropped = new PlanAction("Visit", null, "Nurse", DUE, ActionStatus.DROPPED, null, null);
        assertThat(ApprovalGate.actionGaps(List.of(dropped))).containsExactly(
                FieldProblem.ofAction(0, "droppedReason", "Action 1 is dropped: say why"));
        var explained = new PlanAction("Visit", null, "Nurse", DUE, ActionStatus.DROPPED, "Family moved", null);
        assertThat(ApprovalGate.actionGaps(List.of(explained))).isEmpty();
    }

    @Test
    void aPlanWithoutActionsIsRefused() {
        assertThat(ApprovalGate.gaps(plan(List.of()))).extracting(FieldProblem::field).containsExactly("actions");
    }

    @Test
    void contingencyChildViewsOutcomesAndReviewAreRequired() {
        var empty = new PlanContent(List.of(), List.of(action(true, true, true)), " ", null, null, null, null);
        assertThat(ApprovalGate.gaps(empty)).extracting(FieldProblem::field)
                .containsExactly("outcomes", "contingency", "childViews", "nextReviewDate");
    }

    @Test
    void aReasonStandsInForTheChildsViews() {
        var reason = new PlanContent(List.of("Safe at home"), List.of(action(true, true, true)), "Move to nan's",
                null, "Baby, three weeks old: observed with mum", null, DUE);
        assertThat(ApprovalGate.gaps(reason)).isEmpty();
    }

    @Test
    void anEmptyOutcomeAmongOthersIsNamed() {
        var withEmpty = new PlanContent(List.of("Safe at home", ""), List.of(action(true, true, true)), "Nan's",
                "Happy", null, null, DUE);
        assertThat(ApprovalGate.gaps(withEmpty)).containsExactly(new FieldProblem(null, 1, "outcome", "Outcome 2 is empty"));
    }
}
