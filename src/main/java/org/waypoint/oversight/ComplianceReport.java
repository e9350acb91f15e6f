package org.waypoint.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Compliance as at a day for the authority (the caller's whole scope), each service area and each team. Figures
 * are keyed by {@link ComplianceMeasure#key()}, in the order of {@code measures}; a measure no source gives is
 * absent everywhere.
 */
public record ComplianceReport(LocalDate asOf, List<ComplianceMeasure> measures, Map<String, Share> authority,
                               List<Area> serviceAreas) {

    public record Area(long id, String name, Map<String, Share> figures, List<Team> teams) {
    }

    public record Team(long id, String name, long serviceAreaId, Map<String, Share> figures) {
    }

    public List<Team> teams() {
        return serviceAreas.stream().flatMap(a -> a.teams().stream()).toList();
    }
}
