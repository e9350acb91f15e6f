package org.waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.children.ChildService;
import org.waypoint.plans.CompletenessFigures;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.QueuedPlan;

/** The demo council's plans give every category of the report, tm a queue and sw work to do. */
@IntegrationTest
class PlansDemoTest {

    @Autowired
    PlanService plans;
    @Autowired
    ChildService children;

    @Test
    @WithUserDetails("hos")
    void everyCategoryOfTheAuditIsThere() {
        CompletenessFigures figures = plans.completeness(null, null);
        assertThat(figures.total()).isGreaterThan(300);
        assertThat(figures.complete()).isGreaterThan(figures.total() / 3);
        assertThat(figures.allMissing()).isPositive();
        assertThat(figures.someMissing()).isPositive();
        assertThat(figures.allDatedSomeUnowned()).isPositive();
        assertThat(figures.allOwnedSomeUndated()).isPositive();
        assertThat(plans.overdueReviews()).isNotEmpty();
    }

    @Test
    @WithUserDetails("tm")
    void tmHasSwsPlansWaitingOldestFirstWithGaps() {
        var queue = plans.approvalQueue();
        assertThat(queue.stream().filter(q -> q.authorName().equals("Sam Walker")).count()).isGreaterThanOrEqualTo(3);
        assertThat(queue).extracting(QueuedPlan::submittedAt).isSorted();
        assertThat(queue).anyMatch(q -> q.gapCount() == 0).anyMatch(q -> q.gapCount() > 0);
        assertThat(queue).noneMatch(QueuedPlan::writtenByMe);
    }

    @Test
    @WithUserDetails("sw")
    void swHasAReturnedPlanAnOverdueReviewAndChildrenWithoutAPlan() {
        var caseload = children.myCaseload();
        assertThat(caseload).anyMatch(e -> e.nextDue() != null && e.nextDue().label().startsWith("Overdue: "));
        long withoutPlan = caseload.stream().filter(e -> plans.versionsOf(e.child().id()).isEmpty()).count();
        assertThat(withoutPlan).isGreaterThanOrEqualTo(2);
        assertThat(caseload.stream().flatMap(e -> plans.versionsOf(e.child().id()).stream()))
                .anyMatch(v -> v.status() == org.waypoint.plans.PlanStatus.RETURNED)
                .anyMatch(v -> v.status() == org.waypoint.plans.PlanStatus.SUPERSEDED);
    }
}
