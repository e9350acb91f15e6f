package org.waypoint.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waypoint.oversight.ComplianceMeasure;
import org.waypoint.oversight.ComplianceSource;
import org.waypoint.oversight.DrillDown;
import org.waypoint.oversight.TeamCount;
import org.waypoint.security.Roles;

/** Supervision's two figures in the compliance report, counted by the same queries as its own compliance screen. */
@Component
@Order(30) // after plans (10) and pathway plans (20), as seed 003 lists them
@PreAuthorize(Roles.MANAGERS)
class SupervisionComplianceSource implements ComplianceSource {

    static final String WORKERS = "supervisedInTime";
    static final String CHILDREN = "casesDiscussedInTime";

    private static final List<ComplianceMeasure> MEASURES = List.of(
            new ComplianceMeasure(WORKERS, "Workers supervised in time",
                    "Social workers and personal advisers holding cases whose supervision is within their interval"),
            new ComplianceMeasure(CHILDREN, "Children discussed in supervision in time",
                    "Allocated children whose case was discussed in supervision within the team's case interval"));

    private final ComplianceQueries queries;

    SupervisionComplianceSource(ComplianceQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<ComplianceMeasure> measures() {
        return MEASURES;
    }

    @Override
    public List<TeamCount> count(LocalDate asOf, Set<Long> teamIds) {
        List<TeamCount> counts = new ArrayList<>();
        queries.workerFigures(List.of(asOf), teamIds)
                .forEach(r -> counts.add(new TeamCount(r.teamId(), WORKERS, r.inTime(), r.total())));
        queries.childFigures(List.of(asOf), teamIds, SupervisionPolicy.LGA_STANDARD.caseDiscussionIntervalDays())
                .forEach(r -> counts.add(new TeamCount(r.teamId(), CHILDREN, r.inTime(), r.total())));
        return counts;
    }

    /** Both figures open the supervision compliance screen, whose overdue lists name the workers and children. */
    @Override
    public DrillDown drillDown(String measure, LocalDate asOf, @Nullable Long teamId) {
        String view = "supervision/compliance?asOf=" + asOf + (teamId == null ? "" : "&team=" + teamId);
        String api = "/api/v1/oversight/supervision/overdue?asOf=" + asOf + (teamId == null ? "" : "&teamId=" + teamId);
        return new DrillDown(view, api);
    }
}
