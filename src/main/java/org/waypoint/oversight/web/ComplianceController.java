package org.waypoint.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.common.Csv;
import org.waypoint.oversight.ComplianceMeasure;
import org.waypoint.oversight.ComplianceReport;
import org.waypoint.oversight.ComplianceService;
import org.waypoint.oversight.DrillDown;
import org.waypoint.oversight.Share;

/**
 * Compliance in the caller's scope as at a day: JSON, or CSV with {@code .csv} or {@code Accept: text/csv}. Figures
 * are keyed by measure; a measure of a feature not built yet is absent, never zero. Each team's figure, and the
 * authority's, names the API list behind it ({@code list}).
 */
@RestController
@RequestMapping("/api/v1/oversight")
class ComplianceController {

    private final ComplianceService compliance;
    private final Clock clock;

    ComplianceController(ComplianceService compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    record Figure(long met, long total, @Nullable Integer percent, @Nullable String list) {
    }

    record Authority(Map<String, Figure> figures) {
    }

    record Team(long id, String name, Map<String, Figure> figures) {
    }

    record Area(long id, String name, Map<String, Figure> figures, List<Team> teams) {
    }

    record Body(LocalDate asOf, List<ComplianceMeasure> measures, Authority authority, List<Area> serviceAreas) {
    }

    @GetMapping(value = "/compliance", produces = "application/json")
    Body json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        ComplianceReport report = compliance.compliance(day(asOf));
        return new Body(report.asOf(), report.measures(), new Authority(figures(report.authority(), report.lists())),
                report.serviceAreas().stream()
                        .map(a -> new Area(a.id(), a.name(), figures(a.figures(), Map.of()), a.teams().stream()
                                .map(t -> new Team(t.id(), t.name(), figures(t.figures(), t.lists())))
                                .toList()))
                        .toList());
    }

    @GetMapping(value = {"/compliance.csv", "/compliance"}, produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        ComplianceReport report = compliance.compliance(day(asOf));
        return Csv.attachment("compliance-" + report.asOf() + ".csv", ComplianceCsv.of(report));
    }

    private LocalDate day(@Nullable LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }

    /** A service area's list would be all the caller's teams, so only teams and the authority name one. */
    private static Map<String, Figure> figures(Map<String, Share> shares, Map<String, DrillDown> lists) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        shares.forEach((key, share) -> {
            DrillDown list = lists.get(key);
            figures.put(key, new Figure(share.met(), share.total(), share.percent(), list == null ? null : list.api()));
        });
        return figures;
    }
}
