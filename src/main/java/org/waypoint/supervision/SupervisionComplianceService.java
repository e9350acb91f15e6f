package org.waypoint.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * Supervision compliance for managers and dashboards: per team and service area as at a day, who is overdue, and
 * the month-by-month trend. Everything is counted in the database (see {@link ComplianceQueries}) within the
 * caller's teams: a team manager's own team, a head of service's service areas. Figures use each team's policy in
 * force.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.MANAGERS)
public class SupervisionComplianceService {

    static final int TREND_MONTHS = 12;

    private final ComplianceQueries queries;
    private final OrganisationService organisation;
    private final Clock clock;

    SupervisionComplianceService(ComplianceQueries queries, OrganisationService organisation, Clock clock) {
        this.queries = queries;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The teams whose figures the caller may see, by name. */
    public List<TeamSummary> teamsInScope() {
        return organisation.teamsOverseenBy(CurrentUser.get());
    }

    /**
     * @param asOf the day to count on; today when null; never in the future
     * @param teamId one team of the caller's, or null for all of them
     */
    public SupervisionCompliance compliance(@Nullable LocalDate asOf, @Nullable Long teamId) {
        LocalDate day = day(asOf);
        List<TeamSummary> teams = teams(teamId);
        Map<LocalDate, Map<Long, ComplianceFigures>> counted = count(List.of(day), ids(teams));
        Map<Long, ComplianceFigures> byTeam = counted.getOrDefault(day, Map.of());
        List<TeamCompliance> teamRows = teams.stream()
                .map(t -> new TeamCompliance(t.id(), t.name(), t.serviceAreaId(), t.serviceAreaName(),
                        byTeam.getOrDefault(t.id(), ComplianceFigures.NONE)))
                .toList();
        Map<Long, ServiceAreaCompliance> areas = new LinkedHashMap<>();
        teamRows.stream().sorted(Comparator.comparing(TeamCompliance::serviceAreaName)).forEach(t -> areas.merge(
                t.serviceAreaId(), new ServiceAreaCompliance(t.serviceAreaId(), t.serviceAreaName(), t.figures()),
                (a, b) -> new ServiceAreaCompliance(a.serviceAreaId(), a.name(), a.figures().plus(b.figures()))));
        return new SupervisionCompliance(day, teamRows, List.copyOf(areas.values()));
    }

    /**
     * Compliance at the end of each of the twelve months up to {@code asOf}, oldest first; the last point is
     * {@code asOf} itself. Summed over the team, or over all the caller's teams.
     */
    public List<MonthlyCompliance> trend(@Nullable LocalDate asOf, @Nullable Long teamId) {
        LocalDate day = day(asOf);
        YearMonth last = YearMonth.from(day);
        List<LocalDate> days = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back > 0; back--) {
            days.add(last.minusMonths(back).atEndOfMonth());
        }
        days.add(day);
        Map<LocalDate, Map<Long, ComplianceFigures>> counted = count(days, ids(teams(teamId)));
        return days.stream()
                .map(d -> new MonthlyCompliance(YearMonth.from(d), d, counted.getOrDefault(d, Map.of()).values()
                        .stream().reduce(ComplianceFigures.NONE, ComplianceFigures::plus)))
                .toList();
    }

    /** Workers overdue for supervision and children overdue for case discussion on the day, most overdue first. */
    public SupervisionOverdue overdue(@Nullable LocalDate asOf, @Nullable Long teamId) {
        LocalDate day = day(asOf);
        List<TeamSummary> teams = teams(teamId);
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        List<OverdueWorker> workers = queries.overdueWorkers(day, teamNames.keySet()).stream()
                .map(r -> new OverdueWorker(r.staffId(), r.name(), r.teamId(), teamNames.get(r.teamId()),
                        r.lastHeldOn(), r.dueOn(), r.dueOn() == null ? null : (int) ChronoUnit.DAYS.between(r.dueOn(), day)))
                .sorted(Comparator.comparing((OverdueWorker w) -> w.daysOverdue() == null ? Integer.MAX_VALUE : w.daysOverdue())
                        .reversed().thenComparing(OverdueWorker::name))
                .toList();
        List<OverdueChild> children = queries.overdueChildren(day, teamNames.keySet(), defaultCaseInterval()).stream()
                .map(r -> {
                    LocalDate due = (r.lastDiscussedOn() == null ? r.openedOn() : r.lastDiscussedOn())
                            .plusDays(r.intervalDays());
                    return new OverdueChild(r.childId(), r.givenName() + " " + r.familyName(), r.teamId(),
                            teamNames.get(r.teamId()), r.workerId(), r.workerName(), r.lastDiscussedOn(), due,
                            (int) ChronoUnit.DAYS.between(due, day));
                })
                .sorted(Comparator.comparingInt(OverdueChild::daysOverdue).reversed()
                        .thenComparing(OverdueChild::childName))
                .toList();
        return new SupervisionOverdue(day, workers, children);
    }

    private Map<LocalDate, Map<Long, ComplianceFigures>> count(List<LocalDate> days, Set<Long> teamIds) {
        Map<LocalDate, Map<Long, ComplianceFigures>> counted = new LinkedHashMap<>();
        if (teamIds.isEmpty()) {
            return counted;
        }
        for (var row : queries.workerFigures(days, teamIds)) {
            counted.computeIfAbsent(row.asAt(), d -> new LinkedHashMap<>())
                    .merge(row.teamId(), new ComplianceFigures(row.total(), row.inTime(), 0, 0), ComplianceFigures::plus);
        }
        for (var row : queries.childFigures(days, teamIds, defaultCaseInterval())) {
            counted.computeIfAbsent(row.asAt(), d -> new LinkedHashMap<>())
                    .merge(row.teamId(), new ComplianceFigures(0, 0, row.total(), row.inTime()), ComplianceFigures::plus);
        }
        return counted;
    }

    private static int defaultCaseInterval() {
        return SupervisionPolicy.LGA_STANDARD.caseDiscussionIntervalDays();
    }

    private LocalDate day(@Nullable LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new InvalidInputException("asOf", "Figures are counted up to today, not for a day still to come");
        }
        return asOf == null ? today : asOf;
    }

    private List<TeamSummary> teams(@Nullable Long teamId) {
        List<TeamSummary> inScope = teamsInScope();
        if (teamId == null) {
            return inScope;
        }
        return List.of(inScope.stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new NotFoundException("Team")));
    }

    private static Set<Long> ids(List<TeamSummary> teams) {
        return teams.stream().map(TeamSummary::id).collect(Collectors.toSet());
    }
}
