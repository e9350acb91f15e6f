package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2019 audit's categories, checked against their definitions for every mix of up to four actions. */
class CompletenessTest {

    @Test
    void everyMixFallsInExactlyTheCategoryOfItsDefinition() {
        for (int size = 1; size <= 4; size++) {
            for (int mask = 0; mask < 1 << (2 * size); mask++) {
                List<PlanAction> actions = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    int bits = mask >> (2 * i);
                    actions.add(PlanAction.of("Visit", (bits & 1) != 0 ? "Nurse" : null,
                            (bits & 2) != 0 ? LocalDate.of(2026, 1, 1) : null));
                }
                boolean allOwned = actions.stream().allMatch(PlanAction::owned);
                boolean allDated = actions.stream().allMatch(PlanAction::dated);
                boolean noneOwnedOrDated = actions.stream().noneMatch(a -> a.owned() || a.dated());
                Completeness expected = allOwned && allDated ? Completeness.COMPLETE
                        : noneOwnedOrDated ? Completeness.ALL_MISSING
                        : allDated ? Completeness.ALL_DATED_SOME_UNOWNED
                        : allOwned ? Completeness.ALL_OWNED_SOME_UNDATED
                        : Completeness.SOME_MISSING;
                assertThat(Completeness.of(actions)).as("mask %d of %d", mask, size).isEqualTo(expected);
            }
        }
    }

    @Test
    void examples() {
        var dated = LocalDate.of(2026, 1, 1);
        assertThat(Completeness.of(List.of(PlanAction.of("a", null, null)))).isEqualTo(Completeness.ALL_MISSING);
        assertThat(Completeness.of(List.of(PlanAction.of("a", "x", null), PlanAction.of("b", null, dated))))
                .isEqualTo(Completeness.SOME_MISSING);
        assertThat(Completeness.of(List.of(PlanAction.of("a", "x", dated), PlanAction.of("b", null, null))))
                .isEqualTo(Completeness.SOME_MISSING);
        assertThat(Completeness.of(List.of(PlanAction.of("a", "x", dated), PlanAction.of("b", null, dated))))
                .isEqualTo(Completeness.ALL_DATED_SOME_UNOWNED);
        assertThat(Completeness.of(List.of(PlanAction.of("a", "x", dated), PlanAction.of("b", "y", null))))
                .isEqualTo(Completeness.ALL_OWNED_SOME_UNDATED);
    }

    @Test
    void aPlanWithoutActionsHasNoCategory() {
        assertThatThrownBy(() -> Completeness.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
