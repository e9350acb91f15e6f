package org.waypoint.oversight;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Caseloads as at a day, for the authority (the caller's whole scope), each service area and each team. */
public record CaseloadReport(LocalDate asOf, CaseloadFigures authority, List<Area> serviceAreas) {

    public record Area(long id, String name, CaseloadFigures figures, List<Team> teams) {
    }

    public record Team(long id, String name, long serviceAreaId, @Nullable Integer safeCaseload,
                       CaseloadFigures figures, List<WorkerCases> workers) {
    }

    public List<Team> teams() {
        return serviceAreas.stream().flatMap(a -> a.teams().stream()).toList();
    }
}
