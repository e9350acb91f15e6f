package org.waypoint.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.waypoint.common.EntityTags;
import org.waypoint.common.FieldProblem;
import org.waypoint.plans.ActionStatus;
import org.waypoint.plans.CompletenessFigures;
import org.waypoint.plans.OverdueReview;
import org.waypoint.plans.PlanDecision;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanSummary;
import org.waypoint.plans.PlanType;

/**
 * SMART plans and their approval. A plan's versions each have their own id; {@code /plans/{id}} names a version.
 * Approval is refused (422, each gap by {@code actionIndex} and {@code field}) while any action lacks an owner or a
 * due date, or the outcomes, contingency, child's views or review date are missing.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plans", description = "Child in need, child protection and care plans, and their approval")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    record ActionBody(String description, @Nullable String owner, @Nullable Long ownerStaffId,
                      @Nullable LocalDate dueDate, ActionStatus status, @Nullable String droppedReason,
                      @Nullable Integer outcomeIndex) {
    }

    record OutcomeBody(String description) {
    }

    record PlanResponse(UUID id, UUID planId, UUID childId, PlanType type, int number, PlanStatus status,
                        boolean current, List<OutcomeBody> outcomes, List<ActionBody> actions,
                        @Nullable String contingency, @Nullable String childViews, @Nullable String childViewsReason,
                        @Nullable String parentViews, @Nullable LocalDate nextReviewDate, LocalDate startedOn,
                        LocalDate latestReviewDate, long authorId, String authorName, long lastEditedById,
                        String lastEditedByName, Instant lastEditedAt, @Nullable Instant submittedAt,
                        @Nullable Instant approvedAt, List<PlanDecision> decisions, List<FieldProblem> gaps,
                        List<FieldProblem> warnings, long version) {

        static PlanResponse of(PlanDetail d) {
            var c = d.content();
            return new PlanResponse(d.id(), d.planId(), d.childId(), d.type(), d.number(), d.status(), d.current(),
                    c.outcomes().stream().map(OutcomeBody::new).toList(),
                    c.actions().stream().map(a -> new ActionBody(a.description() == null ? "" : a.description(),
                            a.ownerName(), a.ownerStaffId(), a.dueDate(), a.status(), a.droppedReason(),
                            a.outcomeIndex())).toList(),
                    c.contingency(), c.childViews(), c.childViewsReason(), c.parentViews(), c.nextReviewDate(),
                    d.startedOn(), d.latestReviewDate(), d.authorId(), d.authorName(), d.lastEditedById(),
                    d.lastEditedByName(), d.lastEditedAt(), d.submittedAt(), d.approvedAt(), d.decisions(), d.gaps(),
                    d.warnings(), d.version());
        }
    }

    /** What a write answers: the new state and, for a draft or a submission, every gap and warning. */
    record WriteResponse(UUID id, PlanStatus status, long version, List<FieldProblem> warnings) {

        static WriteResponse of(PlanDetail d) {
            return new WriteResponse(d.id(), d.status(), d.version(), d.gapsAndWarnings());
        }
    }

    record DecisionBody(@Nullable String rationale) {
    }

    @Operation(summary = "Start a child's plan as a draft",
            description = "One plan per child and type (409 if it exists). Owners and due dates may be left out in a "
                    + "draft; the answer lists every gap and plain-language warning.")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/children/{childId}/plans")
    ResponseEntity<WriteResponse> create(@PathVariable UUID childId, @RequestBody PlanInput body) {
        PlanDetail created = plans.create(childId, body);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id()))
                .eTag(EntityTags.etag(created.version())).body(WriteResponse.of(created));
    }

    @Operation(summary = "Every version of the child's plans, newest first")
    @GetMapping("/children/{childId}/plans")
    List<PlanSummary> versions(@PathVariable UUID childId) {
        return plans.versionsOf(childId);
    }

    @Operation(summary = "One plan version", description = "The ETag is the version to send in If-Match.")
    @GetMapping("/plans/{id}")
    ResponseEntity<PlanResponse> get(@PathVariable UUID id) {
        PlanDetail plan = plans.get(id);
        return ResponseEntity.ok().eTag(EntityTags.etag(plan.version())).body(PlanResponse.of(plan));
    }

    @Operation(summary = "Change a plan",
            description = "If-Match (the ETag) is required: 412 when someone saved since. A submitted plan goes back "
                    + "to draft. An approved plan is never changed: the change becomes a new draft version, whose id "
                    + "the answer (and Location) gives.")
    @ApiResponse(responseCode = "412", description = "Someone else saved the plan since the ETag was read")
    @PutMapping("/plans/{id}")
    ResponseEntity<PlanResponse> update(@PathVariable UUID id, @RequestBody PlanInput body,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        PlanDetail saved = plans.update(id, EntityTags.ifMatch(ifMatch), body);
        var response = ResponseEntity.ok().eTag(EntityTags.etag(saved.version()));
        if (!saved.id().equals(id)) {
            response.location(URI.create("/api/v1/plans/" + saved.id()));
        }
        return response.body(PlanResponse.of(saved));
    }

    @Operation(summary = "Submit a plan for approval", description = "Gaps do not stop it: they come back as warnings.")
    @PostMapping("/plans/{id}/submit")
    ResponseEntity<WriteResponse> submit(@PathVariable UUID id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        PlanDetail submitted = plans.submit(id, EntityTags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(EntityTags.etag(submitted.version())).body(WriteResponse.of(submitted));
    }

    @Operation(summary = "Approve a submitted plan",
            description = "The manager of the child's team or a head of service over it, never who wrote or last "
                    + "edited the plan (403), with a rationale; 422 listing each gap while the gate refuses.")
    @PostMapping("/plans/{id}/approve")
    ResponseEntity<WriteResponse> approve(@PathVariable UUID id, @RequestBody DecisionBody body) {
        PlanDetail approved = plans.approve(id, body.rationale());
        return ResponseEntity.ok().eTag(EntityTags.etag(approved.version())).body(WriteResponse.of(approved));
    }

    @Operation(summary = "Return a submitted plan to its author with the manager's rationale")
    @PostMapping("/plans/{id}/return")
    ResponseEntity<WriteResponse> giveBack(@PathVariable UUID id, @RequestBody DecisionBody body) {
        PlanDetail returned = plans.giveBack(id, body.rationale());
        return ResponseEntity.ok().eTag(EntityTags.etag(returned.version())).body(WriteResponse.of(returned));
    }

    @Operation(summary = "Plan completeness (the five categories of Plymouth's 2019 audit)",
            description = "Over the current version of each open child's plans with at least one action, in the "
                    + "caller's scope, optionally one team or service area. Team managers and heads of service.")
    @GetMapping("/reports/plan-completeness")
    CompletenessFigures completeness(@RequestParam(required = false) @Nullable Long teamId,
                                     @RequestParam(required = false) @Nullable Long serviceAreaId) {
        return plans.completeness(teamId, serviceAreaId);
    }

    @Operation(summary = "Plans whose review is overdue",
            description = "Current plans of open children in the caller's scope whose next review date has passed, "
                    + "longest overdue first; optionally one team's. The list behind \"plans up to date\".")
    @GetMapping("/reports/plan-reviews-overdue")
    List<OverdueReview> overdueReviews(@RequestParam(required = false) @Nullable Long teamId) {
        return plans.overdueReviews(teamId);
    }
}
