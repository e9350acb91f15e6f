package org.waypoint.oversight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waypoint.common.Csv;
import org.waypoint.oversight.ComplianceMeasure;
import org.waypoint.oversight.ComplianceReport;
import org.waypoint.oversight.Share;

/** The compliance table as CSV: one row for the authority, each service area and each team; three columns a measure. */
final class ComplianceCsv {

    private ComplianceCsv() {
    }

    static String of(ComplianceReport report) {
        List<String> header = new ArrayList<>(List.of("As at", "Level", "Service area", "Team"));
        for (ComplianceMeasure m : report.measures()) {
            header.addAll(List.of(m.label() + ": in time", m.label() + ": counted", m.label() + ": per cent"));
        }
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(report, "Authority", "", "", report.authority()));
        for (ComplianceReport.Area area : report.serviceAreas()) {
            rows.add(row(report, "Service area", area.name(), "", area.figures()));
            for (ComplianceReport.Team team : area.teams()) {
                rows.add(row(report, "Team", area.name(), team.name(), team.figures()));
            }
        }
        return Csv.of(header, rows);
    }

    private static List<?> row(ComplianceReport report, String level, String area, String team,
                               Map<String, Share> figures) {
        List<Object> row = new ArrayList<>(List.of(report.asOf(), level, area, team));
        for (ComplianceMeasure m : report.measures()) {
            Share share = figures.getOrDefault(m.key(), Share.NONE);
            row.add(share.met());
            row.add(share.total());
            row.add(share.percent());
        }
        return row;
    }
}
