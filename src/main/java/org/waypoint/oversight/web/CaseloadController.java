package org.waypoint.oversight.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.oversight.CaseloadFigures;
import org.waypoint.oversight.CaseloadReport;
import org.waypoint.oversight.CaseloadService;
import org.waypoint.common.Csv;

/** Caseloads in the caller's scope as at a day: JSON, or CSV with {@code .csv} or {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/v1/oversight")
class CaseloadController {

    private final CaseloadService caseloads;
    private final Clock clock;

    CaseloadController(CaseloadService caseloads, Clock clock) {
        this.caseloads = caseloads;
        this.clock = clock;
    }

    record Figures(@JsonUnwrapped CaseloadFigures figures) {
    }

    record Team(long id, String name, @Nullable Integer safeCaseload, @JsonUnwrapped CaseloadFigures figures) {
    }

    record Area(long id, String name, @JsonUnwrapped CaseloadFigures figures, List<Team> teams) {
    }

    record Body(LocalDate asOf, Figures authority, List<Area> serviceAreas) {
    }

    @GetMapping(value = "/caseloads", produces = "application/json")
    Body json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        CaseloadReport report = caseloads.caseloads(asOf == null ? LocalDate.now(clock) : asOf);
        return new Body(report.asOf(), new Figures(report.authority()), report.serviceAreas().stream()
                .map(a -> new Area(a.id(), a.name(), a.figures(), a.teams().stream()
                        .map(t -> new Team(t.id(), t.name(), t.safeCaseload(), t.figures())).toList()))
                .toList());
    }

    @GetMapping(value = {"/caseloads.csv", "/caseloads"}, produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        CaseloadReport report = caseloads.caseloads(asOf == null ? LocalDate.now(clock) : asOf);
        return Csv.attachment("caseloads-" + report.asOf() + ".csv", CaseloadCsv.of(report));
    }
}
