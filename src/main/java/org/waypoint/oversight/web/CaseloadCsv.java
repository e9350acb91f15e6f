package org.waypoint.oversight.web;

import java.util.ArrayList;
import java.util.List;
import org.waypoint.common.Csv;
import org.waypoint.oversight.CaseloadFigures;
import org.waypoint.oversight.CaseloadReport;

/** The caseload table as CSV: one row for the authority, each service area and each team. */
final class CaseloadCsv {

    private CaseloadCsv() {
    }

    static String of(CaseloadReport report) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(report, "Authority", "", "", report.authority()));
        for (CaseloadReport.Area area : report.serviceAreas()) {
            rows.add(row(report, "Service area", area.name(), "", area.figures()));
            for (CaseloadReport.Team team : area.teams()) {
                rows.add(row(report, "Team", area.name(), team.name(), team.figures()));
            }
        }
        return Csv.of(List.of("As at", "Level", "Service area", "Team", "Case-holding workers", "FTE", "Open cases",
                "Average per FTE", "Fewest", "Most", "Workers above safe level", "Cases held by managers",
                "Unallocated children"), rows);
    }

    private static List<?> row(CaseloadReport report, String level, String area, String team, CaseloadFigures f) {
        return java.util.Arrays.asList(report.asOf(), level, area, team, f.workers(),
                f.fte().stripTrailingZeros().toPlainString(), f.openCases(),
                f.average(), f.min(), f.max(), f.overSafeLevel(), f.managersHoldingCases(), f.unallocated());
    }
}
