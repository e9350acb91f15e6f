package org.waypoint.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.supervision.ComplianceFigures;
import org.waypoint.supervision.MonthlyCompliance;
import org.waypoint.supervision.SupervisionCompliance;
import org.waypoint.supervision.SupervisionComplianceService;
import org.waypoint.supervision.SupervisionOverdue;

/**
 * Supervision compliance for managers and heads of service, within their own teams. Compliance figures are
 * fractions from 0 to 1 rounded to 3 places, null when there is nothing to count.
 */
@RestController
@RequestMapping("/api/v1/oversight/supervision")
class SupervisionOversightController {

    private final SupervisionComplianceService compliance;

    SupervisionOversightController(SupervisionComplianceService compliance) {
        this.compliance = compliance;
    }

    record TeamRow(long teamId, String name, long serviceAreaId, int workers, int supervisedInTime,
                   @Nullable BigDecimal workerCompliance, int childrenAllocated, int childrenDiscussedInTime,
                   @Nullable BigDecimal caseCompliance) {
    }

    record AreaRow(long serviceAreaId, String name, int workers, int supervisedInTime,
                   @Nullable BigDecimal workerCompliance, int childrenAllocated, int childrenDiscussedInTime,
                   @Nullable BigDecimal caseCompliance) {
    }

    record ComplianceResponse(LocalDate asOf, List<TeamRow> teams, List<AreaRow> serviceAreas) {
    }

    record MonthRow(String month, LocalDate asAt, int workers, int supervisedInTime,
                    @Nullable BigDecimal workerCompliance, int childrenAllocated, int childrenDiscussedInTime,
                    @Nullable BigDecimal caseCompliance) {
    }

    /** Per team and service area as at {@code asOf} (default today); {@code teamId} narrows to one team. */
    @GetMapping
    ComplianceResponse compliance(@RequestParam(required = false) @Nullable LocalDate asOf,
                                  @RequestParam(required = false) @Nullable Long teamId) {
        SupervisionCompliance result = compliance.compliance(asOf, teamId);
        return new ComplianceResponse(result.asOf(),
                result.teams().stream().map(t -> {
                    ComplianceFigures f = t.figures();
                    return new TeamRow(t.teamId(), t.name(), t.serviceAreaId(), f.workers(), f.supervisedInTime(),
                            f.workerCompliance(), f.childrenAllocated(), f.childrenDiscussedInTime(), f.caseCompliance());
                }).toList(),
                result.serviceAreas().stream().map(a -> {
                    ComplianceFigures f = a.figures();
                    return new AreaRow(a.serviceAreaId(), a.name(), f.workers(), f.supervisedInTime(),
                            f.workerCompliance(), f.childrenAllocated(), f.childrenDiscussedInTime(), f.caseCompliance());
                }).toList());
    }

    /** Workers overdue for supervision and children overdue for case discussion, most overdue first. */
    @GetMapping("/overdue")
    SupervisionOverdue overdue(@RequestParam(required = false) @Nullable LocalDate asOf,
                               @RequestParam(required = false) @Nullable Long teamId) {
        return compliance.overdue(asOf, teamId);
    }

    /** Month-end figures for the twelve months up to {@code asOf}, oldest first. */
    @GetMapping("/trend")
    List<MonthRow> trend(@RequestParam(required = false) @Nullable LocalDate asOf,
                         @RequestParam(required = false) @Nullable Long teamId) {
        return compliance.trend(asOf, teamId).stream().map(SupervisionOversightController::month).toList();
    }

    private static MonthRow month(MonthlyCompliance m) {
        ComplianceFigures f = m.figures();
        return new MonthRow(m.month().toString(), m.asAt(), f.workers(), f.supervisedInTime(), f.workerCompliance(),
                f.childrenAllocated(), f.childrenDiscussedInTime(), f.caseCompliance());
    }
}
