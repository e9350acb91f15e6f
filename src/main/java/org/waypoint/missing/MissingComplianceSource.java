package org.waypoint.missing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waypoint.common.Dates;
import org.waypoint.oversight.ComplianceMeasure;
import org.waypoint.oversight.ComplianceSource;
import org.waypoint.oversight.DrillDown;
import org.waypoint.oversight.TeamCount;
import org.waypoint.security.Roles;

/**
 * Return interviews held within 72 hours, in the compliance report: of the interviews held for episodes that
 * began in the three months up to the day, the share held in time (as Ofsted reports it, seed 004), counted by
 * the same query as the missing panel's team table.
 */
@Component
@Order(40)
@PreAuthorize(Roles.MANAGERS)
class MissingComplianceSource implements ComplianceSource {

    static final String WITHIN_72_HOURS = "returnInterviewsWithin72Hours";
    static final int MONTHS = 3;

    private static final List<ComplianceMeasure> MEASURES = List.of(new ComplianceMeasure(WITHIN_72_HOURS,
            "Return interviews within 72 hours",
            "Of the return interviews held after episodes that began in the last 3 months, those held within 72 hours"
                    + " of the child's return"));

    private final MissingQueries queries;

    MissingComplianceSource(MissingQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<ComplianceMeasure> measures() {
        return MEASURES;
    }

    @Override
    public List<TeamCount> count(LocalDate asOf, Set<Long> teamIds) {
        return queries.teamFigures(teamIds, from(asOf).atStartOfDay(Dates.ZONE).toInstant(),
                        asOf.plusDays(1).atStartOfDay(Dates.ZONE).toInstant()).stream()
                .map(f -> new TeamCount(f.teamId(), WITHIN_72_HOURS, f.heldWithin72Hours(), f.held()))
                .toList();
    }

    /** The panel's team table for the last 3 months, and the per-team figures for the same period. */
    @Override
    public DrillDown drillDown(String measure, LocalDate asOf, @Nullable Long teamId) {
        return new DrillDown("missing/panel?days=90",
                "/api/v1/missing-figures/teams?from=" + from(asOf) + "&to=" + asOf);
    }

    private static LocalDate from(LocalDate asOf) {
        return asOf.minusMonths(MONTHS).plusDays(1);
    }
}
