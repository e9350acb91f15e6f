package org.waypoint.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.common.Csv;
import org.waypoint.common.EntityTags;
import org.waypoint.common.FieldProblem;
import org.waypoint.pathway.CareLeaverStatus;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwayInput;
import org.waypoint.pathway.PathwayOnTheDay;
import org.waypoint.pathway.PathwayReportRow;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.ActionStatus;
import org.waypoint.plans.PlanDecision;
import org.waypoint.plans.PlanStatus;

/**
 * Pathway plans for care leavers and their approval, as for plans: {@code /pathway-plans/{id}} names a version;
 * approval is refused (422, each gap by {@code section}, {@code actionIndex} and {@code field}) while a matter lacks
 * the young person's views, the accommodation its suitability, or an action its owner or due date.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pathway plans", description = "Pathway plans for care leavers: the ten matters, and their approval")
class PathwayController {

    private final PathwayService pathway;

    PathwayController(PathwayService pathway) {
        this.pathway = pathway;
    }

    record ActionBody(String description, @Nullable String owner, @Nullable Long ownerStaffId,
                      @Nullable LocalDate dueDate, ActionStatus status, @Nullable String droppedReason) {
    }

    record SectionBody(@Nullable String needs, @Nullable String youngPersonViews, List<ActionBody> actions,
                       @Nullable Boolean suitable, @Nullable String suitableReason) {
    }

    record PathwayResponse(UUID id, UUID planId, UUID childId, CareLeaverStatus careLeaverStatus, int number,
                           PlanStatus status, boolean current, Map<Matter, SectionBody> sections,
                           @Nullable LocalDate nextReviewDate, @Nullable LocalDate reviewAskedFor, LocalDate startedOn,
                           LocalDate latestReviewDate, @Nullable LocalDate lastReviewedOn, long authorId,
                           String authorName, long lastEditedById, String lastEditedByName, Instant lastEditedAt,
                           @Nullable Instant submittedAt, @Nullable Instant approvedAt, List<PlanDecision> decisions,
                           List<FieldProblem> gaps, List<FieldProblem> warnings, long version) {

        static PathwayResponse of(PathwayDetail d) {
            var c = d.content();
            Map<Matter, SectionBody> sections = new EnumMap<>(Matter.class);
            c.sections().forEach((matter, s) -> sections.put(matter, new SectionBody(s.needs(), s.youngPersonViews(),
                    s.actions().stream().map(a -> new ActionBody(a.description() == null ? "" : a.description(),
                            a.ownerName(), a.ownerStaffId(), a.dueDate(), a.status(), a.droppedReason())).toList(),
                    s.suitable(), s.suitableReason())));
            return new PathwayResponse(d.id(), d.planId(), d.childId(), d.careLeaverStatus(), d.number(), d.status(),
                    d.current(), sections, c.nextReviewDate(), c.reviewAskedFor(), d.startedOn(),
                    d.latestReviewDate(), d.lastReviewedOn(), d.authorId(), d.authorName(), d.lastEditedById(),
                    d.lastEditedByName(), d.lastEditedAt(), d.submittedAt(), d.approvedAt(), d.decisions(), d.gaps(),
                    d.warnings(), d.version());
        }
    }

    /** What a write answers: the new state and every gap and warning. */
    record WriteResponse(UUID id, PlanStatus status, CareLeaverStatus careLeaverStatus, long version,
                         List<FieldProblem> warnings) {

        static WriteResponse of(PathwayDetail d) {
            return new WriteResponse(d.id(), d.status(), d.careLeaverStatus(), d.version(), d.gapsAndWarnings());
        }
    }

    record DecisionBody(@Nullable String rationale) {
    }

    @Operation(summary = "Start a young person's pathway plan as a draft",
            description = "One per young person (409 if it exists); only for an eligible, relevant or former relevant "
                    + "young person (422 on childId otherwise). The answer lists every gap and warning.")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/children/{childId}/pathway-plans")
    ResponseEntity<WriteResponse> create(@PathVariable UUID childId, @RequestBody PathwayInput body) {
        PathwayDetail created = pathway.create(childId, body);
        return ResponseEntity.created(URI.create("/api/v1/pathway-plans/" + created.id()))
                .eTag(EntityTags.etag(created.version())).body(WriteResponse.of(created));
    }

    @Operation(summary = "One pathway plan version", description = "The ETag is the version to send in If-Match.")
    @GetMapping("/pathway-plans/{id}")
    ResponseEntity<PathwayResponse> get(@PathVariable UUID id) {
        PathwayDetail plan = pathway.get(id);
        return ResponseEntity.ok().eTag(EntityTags.etag(plan.version())).body(PathwayResponse.of(plan));
    }

    @Operation(summary = "Change a pathway plan",
            description = "If-Match (the ETag) is required: 412 when someone saved since. A submitted plan goes back "
                    + "to draft; an approved plan is never changed: the change becomes a new draft version (Location).")
    @ApiResponse(responseCode = "412", description = "Someone else saved the plan since the ETag was read")
    @PutMapping("/pathway-plans/{id}")
    ResponseEntity<PathwayResponse> update(@PathVariable UUID id, @RequestBody PathwayInput body,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        PathwayDetail saved = pathway.update(id, EntityTags.ifMatch(ifMatch), body);
        var response = ResponseEntity.ok().eTag(EntityTags.etag(saved.version()));
        if (!saved.id().equals(id)) {
            response.location(URI.create("/api/v1/pathway-plans/" + saved.id()));
        }
        return response.body(PathwayResponse.of(saved));
    }

    @Operation(summary = "Submit a pathway plan for approval", description = "Gaps come back as warnings.")
    @PostMapping("/pathway-plans/{id}/submit")
    ResponseEntity<WriteResponse> submit(@PathVariable UUID id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        PathwayDetail submitted = pathway.submit(id, EntityTags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(EntityTags.etag(submitted.version())).body(WriteResponse.of(submitted));
    }

    @Operation(summary = "Approve a submitted pathway plan",
            description = "The manager of the young person's team or a head of service over it, never who wrote or "
                    + "last edited it (403), with a rationale; 422 listing each {section, actionIndex, field} gap.")
    @PostMapping("/pathway-plans/{id}/approve")
    ResponseEntity<WriteResponse> approve(@PathVariable UUID id, @RequestBody DecisionBody body) {
        PathwayDetail approved = pathway.approve(id, body.rationale());
        return ResponseEntity.ok().eTag(EntityTags.etag(approved.version())).body(WriteResponse.of(approved));
    }

    @Operation(summary = "Return a submitted pathway plan to its author with the manager's rationale")
    @PostMapping("/pathway-plans/{id}/return")
    ResponseEntity<WriteResponse> giveBack(@PathVariable UUID id, @RequestBody DecisionBody body) {
        PathwayDetail returned = pathway.giveBack(id, body.rationale());
        return ResponseEntity.ok().eTag(EntityTags.etag(returned.version())).body(WriteResponse.of(returned));
    }

    record ReportRow(long teamId, String teamName, CareLeaverStatus status, long plans, long upToDate, double share) {
    }

    @Operation(summary = "Pathway plans up to date (reviewed within 6 months), per team and care-leaver status",
            description = "Current pathway plans in the caller's scope. Team managers and heads of service.")
    @GetMapping("/reports/pathway-plans")
    List<ReportRow> report() {
        return pathway.upToDateReport().stream().map((PathwayReportRow r) -> new ReportRow(r.teamId(), r.teamName(),
                r.status(), r.plans(), r.upToDate(), r.share())).toList();
    }

    @Operation(summary = "The pathway plans behind \"pathway plans up to date\" on a day",
            description = "Young people open on the day (today when none) and eligible, relevant or former relevant "
                    + "then, in one team the caller oversees (404 for another) or all of them, of one status or all "
                    + "(422 on status for one without a plan): the last review by the day and whether it was within "
                    + "6 months. CSV with .csv or Accept: text/csv.")
    @GetMapping(value = "/reports/pathway-plans/up-to-date", produces = "application/json")
    List<PathwayOnTheDay> upToDate(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
                                   @RequestParam(required = false) @Nullable Long teamId,
                                   @RequestParam(required = false) @Nullable CareLeaverStatus status) {
        return pathway.upToDateList(asOf, teamId, status);
    }

    @GetMapping(value = {"/reports/pathway-plans/up-to-date.csv", "/reports/pathway-plans/up-to-date"},
            produces = "text/csv")
    ResponseEntity<String> upToDateCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
                                       @RequestParam(required = false) @Nullable Long teamId,
                                       @RequestParam(required = false) @Nullable CareLeaverStatus status) {
        List<List<?>> rows = pathway.upToDateList(asOf, teamId, status).stream()
                .<List<?>>map(p -> Arrays.asList(p.teamName(), p.childName(), p.careLeaverStatus().label(),
                        p.lastReviewedOn(), p.upToDate() ? "Yes" : "No"))
                .toList();
        return Csv.attachment("pathway-plans-up-to-date" + (asOf == null ? "" : "-" + asOf) + ".csv",
                Csv.of(List.of("Team", "Young person", "Status", "Last reviewed", "Up to date"), rows));
    }
}
