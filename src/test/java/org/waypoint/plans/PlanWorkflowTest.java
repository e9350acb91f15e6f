package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.waypoint.common.ConflictException;

/** Every transition from every status. */
class PlanWorkflowTest {

    @Test
    void submit() {
        for (PlanStatus s : PlanStatus.values()) {
            if (EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED).contains(s)) {
                assertThat(PlanWorkflow.submit(s)).isEqualTo(PlanStatus.SUBMITTED);
            } else {
                assertThatThrownBy(() -> PlanWorkflow.submit(s)).isInstanceOf(ConflictException.class);
            }
        }
    }

    @Test
    void approveAndReturnOnlyWhatIsSubmitted() {
        for (PlanStatus s : PlanStatus.values()) {
            if (s == PlanStatus.SUBMITTED) {
                assertThat(PlanWorkflow.approve(s)).isEqualTo(PlanStatus.APPROVED);
                assertThat(PlanWorkflow.giveBack(s)).isEqualTo(PlanStatus.RETURNED);
            } else {
                assertThatThrownBy(() -> PlanWorkflow.approve(s)).isInstanceOf(ConflictException.class);
                assertThatThrownBy(() -> PlanWorkflow.giveBack(s)).isInstanceOf(ConflictException.class);
            }
        }
    }

    @Test
    void editing() {
        assertThat(PlanWorkflow.afterEdit(PlanStatus.DRAFT)).isEqualTo(PlanStatus.DRAFT);
        assertThat(PlanWorkflow.afterEdit(PlanStatus.SUBMITTED)).isEqualTo(PlanStatus.DRAFT);
        assertThat(PlanWorkflow.afterEdit(PlanStatus.RETURNED)).isEqualTo(PlanStatus.RETURNED);
        assertThatThrownBy(() -> PlanWorkflow.afterEdit(PlanStatus.APPROVED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PlanWorkflow.afterEdit(PlanStatus.SUPERSEDED)).isInstanceOf(ConflictException.class);
        for (PlanStatus s : PlanStatus.values()) {
            assertThat(PlanWorkflow.editStartsNewVersion(s)).isEqualTo(s == PlanStatus.APPROVED);
        }
    }

    @Test
    void nobodyDecidesOnAPlanTheyWroteOrLastEdited() {
        assertThat(PlanWorkflow.mayDecide(1, 2, 2)).isTrue();
        assertThat(PlanWorkflow.mayDecide(1, 1, 2)).isFalse();
        assertThat(PlanWorkflow.mayDecide(1, 2, 1)).isFalse();
        assertThat(PlanWorkflow.mayDecide(1, 1, 1)).isFalse();
    }
}
