package org.waypoint.missing.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.common.Csv;
import org.jspecify.annotations.Nullable;
import org.waypoint.missing.HeldInterview;
import org.waypoint.missing.MentionInstance;
import org.waypoint.missing.MentionKind;
import org.waypoint.missing.MissingFactor;
import org.waypoint.missing.MissingFactorService;
import org.waypoint.missing.MissingPatternService;
import org.waypoint.missing.SharedMention;
import org.waypoint.missing.Ssda903MissingExport;
import org.waypoint.missing.TeamMissingFigures;

/** The statutory export, the panel's patterns, the per-team figures and the configured factors. */
@RestController
@RequestMapping("/api/v1")
class MissingReportController {

    private final Ssda903MissingExport export;
    private final MissingPatternService patterns;
    private final MissingFactorService factors;

    MissingReportController(Ssda903MissingExport export, MissingPatternService patterns, MissingFactorService factors) {
        this.export = export;
        this.patterns = patterns;
        this.factors = factors;
    }

    /**
     * The SSDA903 "Missing" table for the collection year ending 31 March {@code year} (2026: 1 April 2025 to
     * 31 March 2026) for the caller's children, with RHI_OFFERED and RHI_ACCEPTED added. Managers and heads of
     * service; each child exported is audited.
     */
    @GetMapping(value = "/exports/ssda903-missing.csv", produces = "text/csv")
    ResponseEntity<String> ssda903Missing(@RequestParam int year) {
        return Csv.attachment("ssda903-missing-" + year + ".csv", export.csv(year));
    }

    /** Places and people named in more than one child's return interview, episodes in the last {@code days}. */
    @GetMapping("/missing-patterns/shared")
    List<SharedMention> shared(@RequestParam(defaultValue = "90") int days) {
        return patterns.sharedMentions(days);
    }

    /** The interviews behind one shared place or person ({@code key} as given in the shared list). */
    @GetMapping("/missing-patterns/shared/instances")
    List<MentionInstance> instances(@RequestParam MentionKind kind, @RequestParam String key,
                                    @RequestParam(defaultValue = "90") int days) {
        return patterns.mentionInstances(days, kind, key);
    }

    /** Per team the caller oversees, episodes that began from {@code from} to {@code to} (inclusive). */
    @GetMapping("/missing-figures/teams")
    List<TeamMissingFigures> teams(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return patterns.teamFigures(from, to);
    }

    /** The return interviews held behind the 72-hour figure, late first; {@code teamId} narrows to one team. */
    @GetMapping("/missing-figures/interviews")
    List<HeldInterview> interviews(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                   @RequestParam(required = false) @Nullable Long teamId) {
        return patterns.heldInterviews(from, to, teamId);
    }

    @GetMapping("/missing-factors")
    List<MissingFactor> factors() {
        return factors.factors();
    }
}
