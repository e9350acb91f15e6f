package org.waypoint.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waypoint.oversight.ComplianceMeasure;
import org.waypoint.oversight.ComplianceSource;
import org.waypoint.oversight.DrillDown;
import org.waypoint.oversight.TeamCount;
import org.waypoint.security.Roles;

/**
 * Plans' figures in the compliance report: plans up to date by type, as seed 003 reports them (CIN 90%, CP 96%,
 * CLA 76%), and the share of plans complete in the sense of the 2019 audit (every action owned and dated).
 */
@Component
@Order(10)
@PreAuthorize(Roles.MANAGERS)
class PlanComplianceSource implements ComplianceSource {

    static final String COMPLETE = "plansComplete";

    private final PlanQueries queries;

    PlanComplianceSource(PlanQueries queries) {
        this.queries = queries;
    }

    static String upToDate(PlanType type) {
        return "plansUpToDate" + type.name().charAt(0) + type.name().substring(1).toLowerCase();
    }

    @Override
    public List<ComplianceMeasure> measures() {
        List<ComplianceMeasure> measures = new ArrayList<>();
        for (PlanType type : PlanType.values()) {
            String plans = switch (type) {
                case CIN -> "Child in need plans";
                case CP -> "Child protection plans";
                case CLA -> "Care plans of looked-after children";
            };
            measures.add(new ComplianceMeasure(upToDate(type), plans + " up to date",
                    plans + " of open children whose review date has not passed (a plan not yet approved counts "
                            + "for its first month)"));
        }
        measures.add(new ComplianceMeasure(COMPLETE, "Plans with every action owned and dated",
                "Plans with actions where every action has an owner and a due date (Plymouth's 2019 audit)"));
        return measures;
    }

    @Override
    public List<TeamCount> count(LocalDate asOf, Set<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return queries.figures(asOf, teamIds).stream()
                .map(r -> new TeamCount(r.teamId(), r.type() == null ? COMPLETE : upToDate(r.type()), r.met(), r.total()))
                .toList();
    }

    @Override
    public DrillDown drillDown(String measure, LocalDate asOf, @Nullable Long teamId) {
        String team = teamId == null ? "" : "teamId=" + teamId;
        if (COMPLETE.equals(measure)) {
            return new DrillDown("plans/completeness", "/api/v1/reports/plan-completeness" + (team.isEmpty() ? "" : "?" + team));
        }
        return new DrillDown("plans/approvals", "/api/v1/reports/plan-reviews-overdue" + (team.isEmpty() ? "" : "?" + team));
    }
}
