package org.waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.children.ChildService;
import org.waypoint.pathway.PathwayListItem;
import org.waypoint.pathway.PathwayReportRow;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanStatus;

/** The demo council's pathway plans give tm2 a queue, pa overdue reviews, and a report like seed 003's. */
@IntegrationTest
class PathwayDemoTest {

    @Autowired
    PathwayService pathway;
    @Autowired
    ChildService children;

    @Test
    @WithUserDetails("tm2")
    void tm2HasPasPlanWaitingAndTheReportShowsOverdueTeams() {
        assertThat(pathway.approvalQueue()).extracting(PathwayListItem::workerName).contains("Priya Anand");
        assertThat(pathway.approvalQueue()).allMatch(p -> p.status() == PlanStatus.SUBMITTED);
        var report = pathway.upToDateReport();
        assertThat(report).isNotEmpty();
        long plans = report.stream().mapToLong(PathwayReportRow::plans).sum();
        long upToDate = report.stream().mapToLong(PathwayReportRow::upToDate).sum();
        assertThat(upToDate).isPositive().isLessThan(plans);
        assertThat(pathway.overdue()).isNotEmpty();
    }

    @Test
    @WithUserDetails("pa")
    void paHasOverdueReviewsAReturnedPlanAndYoungPeopleWithoutAPlan() {
        var caseload = children.myCaseload();
        assertThat(caseload).anyMatch(e -> e.nextDue() != null
                && e.nextDue().label().equals("Overdue: Pathway plan review"));
        assertThat(pathway.overdue()).hasSizeGreaterThanOrEqualTo(2);
        var plans = caseload.stream().map(e -> pathway.current(e.child().id())).toList();
        assertThat(plans).anyMatch(p -> p.isPresent() && p.get().status() == PlanStatus.RETURNED
                && !p.get().gaps().isEmpty() && !p.get().decisions().isEmpty());
        assertThat(plans.stream().filter(java.util.Optional::isEmpty).count()).isGreaterThanOrEqualTo(2);
    }
}
