package org.waypoint.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.waypoint.IntegrationTest;
import org.waypoint.security.RunAs;

/**
 * The demo council's year of supervision looks like a real council's: compliance in the 80s (seed 002 reports 85%)
 * with some workers and children overdue, and Sam Walker supervised by Tessa Morgan, a record awaiting Sam.
 */
@IntegrationTest
class DemoSupervisionTest {

    @Autowired
    RunAs runAs;
    @Autowired
    SupervisionComplianceService compliance;
    @Autowired
    SupervisionService supervision;

    @Test
    void complianceAcrossTheCouncilIsInTheEighties() {
        ComplianceFigures council = runAs.user("hos", () -> compliance.compliance(null, null)).serviceAreas().stream()
                .filter(a -> !a.name().startsWith("Area t"))
                .map(ServiceAreaCompliance::figures)
                .reduce(ComplianceFigures.NONE, ComplianceFigures::plus);

        assertThat(council.workers()).isGreaterThan(30);
        // The demo is generated relative to today, so the figures move a little from day to day.
        assertThat(council.workerCompliance()).isBetween(new BigDecimal("0.72"), new BigDecimal("0.95"));
        assertThat(council.caseCompliance()).isBetween(new BigDecimal("0.75"), new BigDecimal("0.95"));
    }

    @Test
    void theTrendMovesFromMonthToMonth() {
        List<MonthlyCompliance> trend = runAs.user("hos", () -> compliance.trend(null, null));
        assertThat(trend).hasSize(12);
        assertThat(trend).extracting(m -> m.figures().workerCompliance()).doesNotContainNull();
        assertThat(trend.stream().map(m -> m.figures().caseCompliance()).distinct().count()).isGreaterThan(3);
    }

    @Test
    void someWorkersAndChildrenAreOverdue() {
        SupervisionOverdue overdue = runAs.user("hos", () -> compliance.overdue(null, null));
        assertThat(overdue.workers()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(overdue.children()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void samIsSupervisedByTessaWithCaseDiscussionsAndOneRecordAwaitsSam() {
        var history = runAs.user("sw", () -> {
            long me = org.waypoint.security.CurrentUser.get().staffId();
            return supervision.history(me, Pageable.ofSize(50)).getContent();
        });
        assertThat(history).hasSizeGreaterThanOrEqualTo(10);
        assertThat(history).extracting(SupervisionSummary::supervisorName).containsOnly("Tessa Morgan");
        assertThat(history).anyMatch(s -> !s.acknowledged());
        assertThat(history).filteredOn(SupervisionSummary::acknowledged).hasSizeGreaterThanOrEqualTo(9);
        assertThat(history.stream().mapToLong(SupervisionSummary::caseDiscussions).sum()).isGreaterThanOrEqualTo(20);
        assertThat(runAs.user("sw", () -> supervision.myStatus()).overdueOn(java.time.LocalDate.now())).isFalse();
    }

    @Test
    void teamManagersAreSupervisedByTheHeadOfService() {
        var tessa = runAs.user("tm", () -> supervision.history(org.waypoint.security.CurrentUser.get().staffId(),
                Pageable.ofSize(5)).getContent());
        assertThat(tessa).isNotEmpty().extracting(SupervisionSummary::supervisorName).containsOnly("Helen Ashworth");
    }
}
