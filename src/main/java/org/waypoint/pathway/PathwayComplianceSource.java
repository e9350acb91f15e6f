package org.waypoint.pathway;

import java.time.LocalDate;
import java.util.Arrays;
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
 * Pathway plans up to date by care-leaver status in the compliance report, after plans (10), as seed 003 reports
 * them: of the pathway plans of young people open on the day and eligible, relevant or former relevant then, those
 * reviewed (a version approved) in the 6 months up to the day, the pathway report's measure on any day.
 */
@Component
@Order(20)
class PathwayComplianceSource implements ComplianceSource {

    /** The statuses that have a pathway plan, in the order of the law (and of the report's columns). */
    static final List<CareLeaverStatus> STATUSES = Arrays.stream(CareLeaverStatus.values())
            .filter(CareLeaverStatus::entitledToPlan).toList();

    private final PathwayQueries queries;

    PathwayComplianceSource(PathwayQueries queries) {
        this.queries = queries;
    }

    /** {@code pathwayPlansUpToDateEligible}, {@code ...Relevant}, {@code ...FormerRelevant}. */
    static String key(CareLeaverStatus status) {
        StringBuilder key = new StringBuilder("pathwayPlansUpToDate");
        for (String word : status.name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return key.toString();
    }

    @Override
    public List<ComplianceMeasure> measures() {
        return STATUSES.stream().map(s -> new ComplianceMeasure(key(s), "Pathway plans up to date: "
                        + s.label().toLowerCase(), "Pathway plans of open young people who are " + s.label().toLowerCase()
                        + " on the day, reviewed (a version approved) in the " + PathwayReviews.MONTHS
                        + " months up to it"))
                .toList();
    }

    /** Counts only for managers, whoever asks; the report has already kept to the caller's teams. */
    @Override
    @PreAuthorize(Roles.MANAGERS)
    public List<TeamCount> count(LocalDate asOf, Set<Long> teamIds) {
        return queries.upToDate(asOf, teamIds).stream()
                .map(r -> new TeamCount(r.teamId(), key(r.status()), r.met(), r.total()))
                .toList();
    }

    /** The plans counted, with their last review, on the day: the same list on screen and through the API. */
    @Override
    public DrillDown drillDown(String measure, LocalDate asOf, @Nullable Long teamId) {
        CareLeaverStatus status = STATUSES.stream().filter(s -> key(s).equals(measure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a pathway measure: " + measure));
        String query = "?asOf=" + asOf + "&status=" + status + (teamId == null ? "" : "&teamId=" + teamId);
        return new DrillDown("pathway-plans/up-to-date" + query, "/api/v1/reports/pathway-plans/up-to-date" + query);
    }
}
