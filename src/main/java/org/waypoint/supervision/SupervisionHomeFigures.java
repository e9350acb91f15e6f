package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waypoint.children.HomeFigure;
import org.waypoint.children.HomeFigureSource;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/** Supervision compliance today on a manager's home screen, over all their teams. */
@Component
class SupervisionHomeFigures implements HomeFigureSource {

    private final SupervisionComplianceService compliance;

    SupervisionHomeFigures(SupervisionComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public List<HomeFigure> figures(CurrentUser user, LocalDate today) {
        if (user.role() != Role.TEAM_MANAGER && user.role() != Role.HEAD_OF_SERVICE) {
            return List.of();
        }
        ComplianceFigures all = compliance.compliance(today, null).teams().stream().map(TeamCompliance::figures)
                .reduce(ComplianceFigures.NONE, ComplianceFigures::plus);
        return List.of(
                new HomeFigure(20, "Workers supervised in time", ComplianceFigures.percent(all.workerCompliance()),
                        all.supervisedInTime() + " of " + all.workers() + " workers", "supervision/compliance"),
                new HomeFigure(21, "Children's cases discussed in time", ComplianceFigures.percent(all.caseCompliance()),
                        all.childrenDiscussedInTime() + " of " + all.childrenAllocated() + " children",
                        "supervision/compliance"));
    }
}
