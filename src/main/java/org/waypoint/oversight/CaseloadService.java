package org.waypoint.oversight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;

/**
 * Caseloads per team, service area and authority as at any day, from the allocation history, so a past day gives
 * the past figure. One GROUP BY query over the caller's teams; the rule in {@link CaseloadMeasure} rolls it up.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.MANAGERS)
public class CaseloadService {

    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    CaseloadService(JdbcClient jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** A team manager sees their team; a head of service their service areas. */
    public CaseloadReport caseloads(LocalDate asOf) {
        List<TeamSummary> teams = organisation.teamsOverseenBy(CurrentUser.get());
        Map<Long, Integer> safeLevels = new HashMap<>();
        teams.stream().filter(t -> t.safeCaseload() != null).forEach(t -> safeLevels.put(t.id(), t.safeCaseload()));
        Map<Long, List<WorkerCases>> holdingsByTeam = new HashMap<>();
        Map<Long, Long> unallocatedByTeam = new HashMap<>();
        if (!teams.isEmpty()) {
            jdbc.sql("""
                            select a.team_id, a.worker_id, s.display_name, s.role, s.fte, count(*)
                            from child_allocation a
                            join child c on c.id = a.child_id
                            left join staff s on s.id = a.worker_id
                            where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
                              and c.opened_on <= :day and (c.closed_on is null or c.closed_on > :day)
                              and a.team_id in (:teams)
                            group by a.team_id, a.worker_id, s.display_name, s.role, s.fte""")
                    .param("day", Date.valueOf(asOf))
                    .param("teams", teams.stream().map(TeamSummary::id).toList())
                    .query(rs -> {
                        long teamId = rs.getLong(1);
                        long workerId = rs.getLong(2);
                        if (rs.wasNull()) {
                            unallocatedByTeam.merge(teamId, rs.getLong(6), Long::sum);
                        } else {
                            holdingsByTeam.computeIfAbsent(teamId, t -> new ArrayList<>()).add(new WorkerCases(workerId,
                                    rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBigDecimal(5), teamId,
                                    rs.getLong(6)));
                        }
                    });
        }
        Map<Long, List<TeamSummary>> teamsByArea = teams.stream().collect(Collectors.groupingBy(
                TeamSummary::serviceAreaId, LinkedHashMap::new, Collectors.toList()));
        List<CaseloadReport.Area> areas = new ArrayList<>();
        for (var entry : teamsByArea.entrySet()) {
            List<CaseloadReport.Team> areaTeams = entry.getValue().stream()
                    .sorted(Comparator.comparing(TeamSummary::name))
                    .map(t -> {
                        List<WorkerCases> holdings = holdingsByTeam.getOrDefault(t.id(), List.of()).stream()
                                .sorted(Comparator.comparing(WorkerCases::openCases).reversed()
                                        .thenComparing(WorkerCases::name))
                                .toList();
                        return new CaseloadReport.Team(t.id(), t.name(), t.serviceAreaId(), t.safeCaseload(),
                                CaseloadMeasure.measure(holdings, unallocatedByTeam.getOrDefault(t.id(), 0L), safeLevels),
                                holdings);
                    })
                    .toList();
            areas.add(new CaseloadReport.Area(entry.getKey(), entry.getValue().getFirst().serviceAreaName(),
                    measureTogether(areaTeams, safeLevels), areaTeams));
        }
        areas.sort(Comparator.comparing(CaseloadReport.Area::name));
        List<CaseloadReport.Team> allTeams = areas.stream().flatMap(a -> a.teams().stream()).toList();
        return new CaseloadReport(asOf, measureTogether(allTeams, safeLevels), areas);
    }

    /** One row per person across teams: someone holding cases in two teams is one worker with all their cases. */
    private static CaseloadFigures measureTogether(List<CaseloadReport.Team> teams, Map<Long, Integer> safeLevels) {
        Map<Long, WorkerCases> perPerson = new LinkedHashMap<>();
        teams.stream().flatMap(t -> t.workers().stream()).forEach(h -> perPerson.merge(h.staffId(), h,
                (a, b) -> new WorkerCases(a.staffId(), a.name(), a.role(), a.fte(),
                        a.openCases() >= b.openCases() ? a.teamId() : b.teamId(), a.openCases() + b.openCases())));
        return CaseloadMeasure.measure(perPerson.values(),
                teams.stream().mapToLong(t -> t.figures().unallocated()).sum(), safeLevels);
    }
}
