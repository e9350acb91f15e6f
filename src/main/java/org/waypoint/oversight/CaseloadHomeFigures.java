package org.waypoint.oversight;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waypoint.children.HomeFigure;
import org.waypoint.children.HomeFigureSource;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/** Caseload headlines on a manager's home screen: the average and range, and children waiting for a worker. */
@Component
class CaseloadHomeFigures implements HomeFigureSource {

    private final CaseloadService caseloads;

    CaseloadHomeFigures(CaseloadService caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public List<HomeFigure> figures(CurrentUser user, LocalDate today) {
        if (user.role() != Role.TEAM_MANAGER && user.role() != Role.HEAD_OF_SERVICE) {
            return List.of();
        }
        CaseloadFigures all = caseloads.caseloads(today).authority();
        String range = all.min() == null ? "Nobody holds a case" : "From " + all.min() + " to " + all.max()
                + " cases a worker";
        return List.of(
                new HomeFigure(10, "Average caseload", all.average() == null ? "–" : all.average().toPlainString(),
                        range, "oversight/caseloads"),
                new HomeFigure(11, "Workers above their safe caseload", Integer.toString(all.overSafeLevel()),
                        all.managersHoldingCases() + " cases held by team managers", "oversight/caseloads"),
                new HomeFigure(12, "Children waiting for a worker", Long.toString(all.unallocated()), null,
                        "children?unallocated=true"));
    }
}
