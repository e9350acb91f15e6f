package org.waypoint.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.InvalidInputException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * Compliance in one place: every {@link ComplianceSource}'s figures per team, summed per service area and for the
 * caller's whole scope (a team manager's team, a head of service's service areas). Each source counts in SQL for
 * all the caller's teams at once, so a report costs the same few statements however many teams there are.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.MANAGERS)
public class ComplianceService {

    private final List<ComplianceSource> sources;
    private final OrganisationService organisation;
    private final Clock clock;

    ComplianceService(List<ComplianceSource> sources, OrganisationService organisation, Clock clock) {
        this.sources = sources;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Every measure the sources built so far give, in their order. */
    public List<ComplianceMeasure> measures() {
        return sources.stream().flatMap(s -> s.measures().stream()).toList();
    }

    /** @param asOf the day to count on; never in the future */
    public ComplianceReport compliance(LocalDate asOf) {
        return compliance(List.of(asOf)).getFirst();
    }

    /**
     * The reports of several days (a dashboard's day and the day it compares with) in one call: the caller's teams
     * are resolved once, and each source counts once a day.
     *
     * @param days the days to count on, none in the future; the reports come in their order
     */
    public List<ComplianceReport> compliance(List<LocalDate> days) {
        if (days.stream().anyMatch(d -> d.isAfter(LocalDate.now(clock)))) {
            throw new InvalidInputException("asOf", "Figures are counted up to today, not for a day still to come");
        }
        List<TeamSummary> teams = organisation.teamsOverseenBy(CurrentUser.get());
        List<ComplianceMeasure> measures = measures();
        return days.stream().map(day -> report(day, teams, measures)).toList();
    }

    private ComplianceReport report(LocalDate asOf, List<TeamSummary> teams, List<ComplianceMeasure> measures) {
        Set<Long> teamIds = teams.stream().map(TeamSummary::id).collect(Collectors.toSet());
        Map<Long, Map<String, Share>> byTeam = new HashMap<>();
        if (!teamIds.isEmpty()) {
            for (ComplianceSource source : sources) {
                for (TeamCount count : source.count(asOf, teamIds)) {
                    // A source must stay within the teams given; anything else is dropped, never shown.
                    if (teamIds.contains(count.teamId())) {
                        byTeam.computeIfAbsent(count.teamId(), t -> new HashMap<>())
                                .merge(count.measure(), new Share(count.met(), count.total()), Share::plus);
                    }
                }
            }
        }
        Map<Long, List<TeamSummary>> teamsByArea = teams.stream().collect(Collectors.groupingBy(
                TeamSummary::serviceAreaId, LinkedHashMap::new, Collectors.toList()));
        List<ComplianceReport.Area> areas = new ArrayList<>();
        for (var entry : teamsByArea.entrySet()) {
            List<ComplianceReport.Team> areaTeams = entry.getValue().stream()
                    .sorted(Comparator.comparing(TeamSummary::name))
                    .map(t -> new ComplianceReport.Team(t.id(), t.name(), t.serviceAreaId(),
                            ordered(measures, byTeam.getOrDefault(t.id(), Map.of())), lists(asOf, t.id())))
                    .toList();
            areas.add(new ComplianceReport.Area(entry.getKey(), entry.getValue().getFirst().serviceAreaName(),
                    sum(measures, areaTeams.stream().map(ComplianceReport.Team::figures).toList()), areaTeams));
        }
        areas.sort(Comparator.comparing(ComplianceReport.Area::name));
        return new ComplianceReport(asOf, measures,
                sum(measures, areas.stream().map(ComplianceReport.Area::figures).toList()), lists(asOf, null), areas);
    }

    /** The list behind each measure, for one team or all the caller's teams; named here so screens need no call each. */
    private Map<String, DrillDown> lists(LocalDate asOf, @Nullable Long teamId) {
        Map<String, DrillDown> lists = new LinkedHashMap<>();
        sources.forEach(s -> s.measures().forEach(m -> lists.put(m.key(), s.drillDown(m.key(), asOf, teamId))));
        return lists;
    }

    /** The list behind a measure's figure, for one of the caller's teams or all of them; empty for an unknown measure. */
    public Optional<DrillDown> drillDown(String measure, LocalDate asOf, @Nullable Long teamId) {
        return sources.stream()
                .filter(s -> s.measures().stream().anyMatch(m -> m.key().equals(measure)))
                .findFirst()
                .map(s -> s.drillDown(measure, asOf, teamId));
    }

    /** Every measure of every source, zero of zero where a team had nothing to count. */
    private static Map<String, Share> ordered(List<ComplianceMeasure> measures, Map<String, Share> counted) {
        Map<String, Share> figures = new LinkedHashMap<>();
        measures.forEach(m -> figures.put(m.key(), counted.getOrDefault(m.key(), Share.NONE)));
        return figures;
    }

    private static Map<String, Share> sum(List<ComplianceMeasure> measures, List<Map<String, Share>> parts) {
        Map<String, Share> total = ordered(measures, Map.of());
        parts.forEach(p -> p.forEach((key, share) -> total.merge(key, share, Share::plus)));
        return total;
    }
}
