package org.waypoint.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Compliance as at a day for the authority (the caller's whole scope), each service area and each team. Figures
 * are keyed by {@link ComplianceMeasure#key()}, in the order of {@code measures}; a measure no source gives is
 * absent everywhere. The authority and each team name the list behind each figure ({@code lists}, by the same
 * keys); a service area's list would be all the caller's teams, so areas name none.
 */
public record ComplianceReport(LocalDate asOf, List<ComplianceMeasure> measures, Map<String, Share> authority,
                               Map<String, DrillDown> lists, List<Area> serviceAreas) {

    public record Area(long id, String name, Map<String, Share> figures, List<Team> teams) {
    }

    public record Team(long id, String name, long serviceAreaId, Map<String, Share> figures,
                       Map<String, DrillDown> lists) {
    }

    public List<Team> teams() {
        return serviceAreas.stream().flatMap(a -> a.teams().stream()).toList();
    }
}
