package org.waypoint.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.RecordAction;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;
import org.waypoint.common.Text;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * Plans and their approval, for every entry point (screens, REST, offline sync). Access goes through
 * {@link ChildAccess} (404 for a child the caller may not see) and every read and write is audited. The rules are
 * the plain classes of this package: {@link ApprovalGate}, {@link PlanWorkflow}, {@link ReviewSchedule},
 * {@link PlainLanguage}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class PlanService {

    static final String RECORD_TYPE = "PLAN";
    static final int LONG_TEXT = 4000;
    static final int SHORT_TEXT = 2000;
    static final int REASON = 1000;
    static final int OWNER = 200;
    static final int MAX_OUTCOMES = 30;
    static final int MAX_ACTIONS = 100;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanDecisionRepository decisions;
    private final PlanQueries queries;
    private final PlanSummaries summaries;
    private final ChildAccess access;
    private final OrganisationService organisation;
    private final Clock clock;
    private final ReviewSchedule schedule;
    private final PlainLanguage language;

    PlanService(PlanRepository plans, PlanVersionRepository versions, PlanDecisionRepository decisions,
                PlanQueries queries, PlanSummaries summaries, ChildAccess access, OrganisationService organisation, Clock clock,
                @Value("${waypoint.plans.cin-review-months:3}") int cinReviewMonths,
                @Value("${waypoint.plans.jargon:}") String jargon) {
        this.plans = plans;
        this.versions = versions;
        this.decisions = decisions;
        this.queries = queries;
        this.summaries = summaries;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
        this.schedule = new ReviewSchedule(cinReviewMonths);
        this.language = new PlainLanguage(jargon.isBlank() ? PlainLanguage.DEFAULT_JARGON
                : Arrays.asList(jargon.split(",")));
    }

    // --- writing

    /** Starts a child's plan of a type (one per child and type) as a draft. */
    @Transactional
    public PlanDetail create(UUID childId, PlanInput input) {
        access.requireWrite(childId);
        if (input.type() == null) {
            throw new InvalidInputException("type", "Choose the kind of plan: CIN, CP or CLA");
        }
        LocalDate startedOn = input.startedOn() == null ? today() : input.startedOn();
        PlanContent content = checked(input, input.type(), startedOn, 0);
        if (plans.findByChildIdAndPlanType(childId, input.type()).isPresent()) {
            throw new ConflictException("This child already has a " + input.type().label().toLowerCase()
                    + ": edit it, or start a new version of it");
        }
        Instant now = clock.instant();
        long me = CurrentUser.get().staffId();
        var plan = new Plan(UUID.randomUUID(), childId, input.type(), startedOn, now);
        var version = new PlanVersion(UUID.randomUUID(), plan.id(), 1, me, now);
        version.apply(content, me, now);
        plan.currentVersion(version.id());
        plans.save(plan);
        versions.save(version);
        saved(plan);
        access.recorded(childId, RECORD_TYPE, version.id(), RecordAction.CREATE);
        return detail(plan, version);
    }

    /**
     * Saves a change made from {@code expectedVersion} (required). A draft, submitted or returned version changes in place (a
     * submitted one goes back to draft); an approved one is never changed: the change becomes a new draft version.
     */
    @Transactional
    public PlanDetail update(UUID versionId, @Nullable Long expectedVersion, PlanInput input) {
        Saved saved = change(versionId, expectedVersion, input);
        return detail(saved.plan(), saved.version());
    }

    /**
     * The same change as {@link #update}, with the same checks and audit, answering only the version it leaves: for
     * callers that show nothing of the plan afterwards (offline sync), so the plan is not read back.
     */
    @Transactional
    public long save(UUID versionId, @Nullable Long expectedVersion, PlanInput input) {
        return change(versionId, expectedVersion, input).version().version();
    }

    private record Saved(Plan plan, PlanVersion version) {
    }

    private Saved change(UUID versionId, @Nullable Long expectedVersion, PlanInput input) {
        PlanVersion version = forWriting(versionId);
        Plan plan = plan(version);
        access.requireWrite(plan.childId());
        if (expectedVersion == null) {
            throw new InvalidInputException("If-Match", "Say which version you changed (send its ETag in If-Match)");
        }
        requireCurrent(plan, version);
        if (version.version() != expectedVersion) {
            throw new StaleVersionException("This plan", version.version());
        }
        if (input.type() != null && input.type() != plan.type()) {
            throw new InvalidInputException("type", "A plan's type cannot change: start a plan of the other type");
        }
        LocalDate startedOn = input.startedOn() == null ? plan.startedOn() : input.startedOn();
        PlanContent content = checked(input, plan.type(), startedOn, approvedBefore(plan, version));
        plan.startedOn(startedOn);
        long me = CurrentUser.get().staffId();
        if (PlanWorkflow.editStartsNewVersion(version.status())) {
            return new Saved(plan, newVersion(plan, version, content));
        }
        version.status(PlanWorkflow.afterEdit(version.status()), clock.instant());
        version.apply(content, me, clock.instant());
        saved(plan);
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.UPDATE);
        return new Saved(plan, version);
    }

    /** Starts the next version of an approved plan with the same content, to change it. */
    @Transactional
    public PlanDetail startNewVersion(UUID approvedVersionId) {
        PlanVersion version = forWriting(approvedVersionId);
        Plan plan = plan(version);
        access.requireWrite(plan.childId());
        requireCurrent(plan, version);
        if (!PlanWorkflow.editStartsNewVersion(version.status())) {
            throw new ConflictException("Only an approved plan starts a new version; this one can be edited as it is");
        }
        return detail(plan, newVersion(plan, version, version.content()));
    }

    private PlanVersion newVersion(Plan plan, PlanVersion from, PlanContent content) {
        Instant now = clock.instant();
        long me = CurrentUser.get().staffId();
        var next = new PlanVersion(UUID.randomUUID(), plan.id(), from.number() + 1, me, now);
        next.apply(content, me, now);
        versions.save(next);
        plan.currentVersion(next.id());
        saved(plan);
        access.recorded(plan.childId(), RECORD_TYPE, next.id(), RecordAction.CREATE);
        return next;
    }

    /** Sends the plan to the manager; gaps do not stop it, they come back as warnings. */
    @Transactional
    public PlanDetail submit(UUID versionId, @Nullable Long expectedVersion) {
        PlanVersion version = forWriting(versionId);
        Plan plan = plan(version);
        access.requireWrite(plan.childId());
        requireCurrent(plan, version);
        if (expectedVersion != null && version.version() != expectedVersion) {
            throw new StaleVersionException("This plan", version.version());
        }
        version.status(PlanWorkflow.submit(version.status()), clock.instant());
        saved(plan);
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.SUBMIT);
        return detail(plan, version);
    }

    /**
     * Approves a submitted plan: only the manager of the child's team or a head of service over it, never who wrote
     * or last edited it, with a rationale, and only when the approval gate finds no gap.
     */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public PlanDetail approve(UUID versionId, @Nullable String rationale) {
        PlanVersion version = forWriting(versionId);
        Plan plan = plan(version);
        String why = decisionChecks(plan, version, rationale, "approve");
        PlanStatus approved = PlanWorkflow.approve(version.status());
        var problems = new ArrayList<FieldProblem>(ApprovalGate.gaps(version.content()));
        PlanWorkflow.rationaleProblem(why).ifPresent(p -> problems.add(0, p));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        versions.findByPlanIdOrderByVersionNumberDesc(plan.id()).stream()
                .filter(v -> v.status() == PlanStatus.APPROVED)
                .forEach(v -> v.status(PlanStatus.SUPERSEDED, now));
        version.status(approved, now);
        decisions.save(new PlanDecisionRow(version.id(), PlanStatus.APPROVED, why, CurrentUser.get().staffId(), now));
        saved(plan);
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.APPROVE);
        return detail(plan, version);
    }

    /** Returns a submitted plan to its author with the manager's comments; same rules as approval but the gate. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public PlanDetail giveBack(UUID versionId, @Nullable String rationale) {
        PlanVersion version = forWriting(versionId);
        Plan plan = plan(version);
        String why = decisionChecks(plan, version, rationale, "return");
        PlanStatus returned = PlanWorkflow.giveBack(version.status());
        PlanWorkflow.rationaleProblem(why).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        Instant now = clock.instant();
        version.status(returned, now);
        decisions.save(new PlanDecisionRow(version.id(), PlanStatus.RETURNED, why, CurrentUser.get().staffId(), now));
        saved(plan);
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.RETURN);
        return detail(plan, version);
    }

    private String decisionChecks(Plan plan, PlanVersion version, @Nullable String rationale, String verb) {
        access.requireManage(plan.childId());
        if (!PlanWorkflow.mayDecide(CurrentUser.get().staffId(), version.authorId(), version.lastEditedBy())) {
            throw new AccessDeniedException("You wrote or last edited this plan, so another manager must " + verb + " it");
        }
        return rationale == null ? "" : rationale.strip();
    }

    // --- reading

    public PlanDetail get(UUID versionId) {
        PlanVersion version = version(versionId);
        Plan plan = plan(version);
        access.read(plan.childId(), RECORD_TYPE, versionId);
        return detail(plan, version);
    }

    /** Every version of every plan of the child, newest first. */
    public List<PlanSummary> versionsOf(UUID childId) {
        access.read(childId, RECORD_TYPE, null);
        Map<UUID, Plan> byId = plans.findByChildId(childId).stream()
                .collect(Collectors.toMap(Plan::id, p -> p));
        if (byId.isEmpty()) {
            return List.of();
        }
        List<PlanVersion> found = versions.findByPlanIdInOrderByCreatedAtDesc(byId.keySet());
        Map<Long, String> names = organisation.staffNames(found.stream().map(PlanVersion::lastEditedBy).toList());
        return found.stream().map(v -> {
            Plan p = byId.get(v.planId());
            return new PlanSummary(v.id(), p.id(), p.type(), v.number(), v.status(), v.id().equals(p.currentVersionId()),
                    v.content().nextReviewDate(), names.getOrDefault(v.lastEditedBy(), ""), v.lastEditedAt(),
                    v.approvedAt(), v.version());
        }).toList();
    }

    /** Whether the current user may approve or return this version (manages the child, did not write it). */
    public boolean mayDecide(UUID versionId) {
        PlanVersion version = version(versionId);
        Plan plan = plan(version);
        access.visible(plan.childId());
        return access.mayManage(plan.childId()) && PlanWorkflow.mayDecide(CurrentUser.get().staffId(),
                version.authorId(), version.lastEditedBy());
    }

    /** The prompt for recording the child's views at their age. */
    public String childViewsPrompt(LocalDate dateOfBirth) {
        return PlainLanguage.childViewsPrompt(Dates.ageOn(dateOfBirth, today()));
    }

    /** Staff who may own an action, by name. */
    public List<StaffChoice> staffChoices(@Nullable String search) {
        return queries.staff(search == null ? "" : search, 20);
    }

    // --- managers

    /** Submitted plans of the children of the caller's teams, oldest first, with their gap counts. */
    @PreAuthorize(Roles.MANAGERS)
    public List<QueuedPlan> approvalQueue() {
        CurrentUser me = CurrentUser.get();
        var rows = queries.submitted(organisation.teamIdsOverseenBy(me));
        Map<UUID, PlanVersion> loaded = versions.findAllById(rows.stream().map(PlanQueries.Submitted::versionId).toList())
                .stream().collect(Collectors.toMap(PlanVersion::id, v -> v));
        return rows.stream().map(r -> new QueuedPlan(r.versionId(), r.childId(), r.childName(), r.type(), r.number(),
                r.authorName(), r.submittedAt(), ApprovalGate.gaps(loaded.get(r.versionId()).content()).size(),
                !PlanWorkflow.mayDecide(me.staffId(), r.authorId(), r.lastEditedBy()))).toList();
    }

    /** Plans in the caller's scope whose review is overdue. */
    public List<OverdueReview> overdueReviews() {
        return overdueReviews(null);
    }

    /** Plans in the caller's scope whose review is overdue, of one team's children when a team is given. */
    public List<OverdueReview> overdueReviews(@Nullable Long teamId) {
        return queries.overdueReviews(access.scope(), teamId, today());
    }

    /** The 2019 audit's categories over the current version of each open child's plans with actions, in scope. */
    @PreAuthorize(Roles.MANAGERS)
    public CompletenessFigures completeness(@Nullable Long teamId, @Nullable Long serviceAreaId) {
        return completenessByTeam(teamId, serviceAreaId).stream().map(TeamCompleteness::figures)
                .reduce(CompletenessFigures.NONE, CompletenessFigures::plus);
    }

    /** The same per team, in team name order. */
    @PreAuthorize(Roles.MANAGERS)
    public List<TeamCompleteness> completenessByTeam(@Nullable Long teamId, @Nullable Long serviceAreaId) {
        Map<Long, List<PlanQueries.CategoryCount>> byTeam = queries.completeness(access.scope(), teamId, serviceAreaId)
                .stream().collect(Collectors.groupingBy(PlanQueries.CategoryCount::teamId, LinkedHashMap::new,
                        Collectors.toList()));
        return byTeam.values().stream().map(rows -> {
            var counts = new EnumMap<Completeness, Long>(Completeness.class);
            rows.forEach(r -> counts.put(r.category(), r.plans()));
            var first = rows.getFirst();
            return new TeamCompleteness(first.teamId(), first.teamName(), first.serviceAreaId(),
                    first.serviceAreaName(), CompletenessFigures.of(counts));
        }).toList();
    }

    /** The plans behind a figure of the report. */
    @PreAuthorize(Roles.MANAGERS)
    public List<CompletenessPlan> completenessPlans(@Nullable Long teamId, @Nullable Long serviceAreaId,
                                                    @Nullable Completeness category) {
        return queries.completenessPlans(access.scope(), teamId, serviceAreaId, category);
    }


    // --- internals

    private PlanContent checked(PlanInput input, PlanType type, LocalDate startedOn, int approvedBefore) {
        var problems = new Problems();
        List<PlanInput.Outcome> outcomes = input.outcomes() == null ? List.of() : input.outcomes();
        List<PlanInput.Action> actions = input.actions() == null ? List.of() : input.actions();
        problems.require(outcomes.size() <= MAX_OUTCOMES, "outcomes", "At most " + MAX_OUTCOMES + " outcomes");
        problems.require(actions.size() <= MAX_ACTIONS, "actions", "At most " + MAX_ACTIONS + " actions");
        List<String> outcomeTexts = new ArrayList<>();
        for (int i = 0; i < Math.min(outcomes.size(), MAX_OUTCOMES); i++) {
            String text = outcomes.get(i) == null ? null : outcomes.get(i).description();
            int index = i;
            new Problems().maxLength(text, "outcome", "Outcome " + (i + 1), SHORT_TEXT).list()
                    .forEach(p -> problems.add(new FieldProblem(null, index, p.field(), p.message())));
            outcomeTexts.add(text == null ? "" : text.strip());
        }
        List<PlanAction> checkedActions = new ArrayList<>();
        for (int i = 0; i < Math.min(actions.size(), MAX_ACTIONS); i++) {
            PlanInput.Action a = actions.get(i) == null
                    ? new PlanInput.Action(null, null, null, null, null, null, null) : actions.get(i);
            checkedActions.add(checkedAction(a, i, outcomes.size(), problems));
        }
        problems.maxLength(input.contingency(), "contingency", "The contingency plan", LONG_TEXT)
                .maxLength(input.childViews(), "childViews", "The child's views", LONG_TEXT)
                .maxLength(input.childViewsReason(), "childViewsReason", "The reason", REASON)
                .maxLength(input.parentViews(), "parentViews", "Parents' and carers' views", LONG_TEXT)
                .require(!startedOn.isAfter(today()), "startedOn", "The start cannot be in the future")
                .require(!startedOn.isBefore(EARLIEST), "startedOn", "The start must be in 2000 or later");
        LocalDate review = input.nextReviewDate();
        if (review != null) {
            problems.require(!review.isBefore(startedOn), "nextReviewDate", "The review cannot be before the plan starts")
                    .require(review.isBefore(today().plusYears(3)), "nextReviewDate",
                            "The review must be within three years");
        }
        problems.throwIfAny();
        return new PlanContent(outcomeTexts, checkedActions, blankToNull(input.contingency()),
                blankToNull(input.childViews()), blankToNull(input.childViewsReason()), blankToNull(input.parentViews()),
                review != null ? review : latestReview(type, startedOn, approvedBefore));
    }

    private PlanAction checkedAction(PlanInput.Action a, int index, int outcomeCount, Problems problems) {
        var found = new Problems()
                .maxLength(a.description(), "description", "The description", SHORT_TEXT)
                .maxLength(a.owner(), "owner", "The owner", OWNER)
                .maxLength(a.droppedReason(), "droppedReason", "The reason", REASON);
        String owner = blankToNull(a.owner());
        if (a.ownerStaffId() != null) {
            owner = queries.activeStaffName(a.ownerStaffId());
            found.require(owner != null, "ownerStaffId", "No active member of staff has this id");
        }
        found.require(a.outcomeIndex() == null || (a.outcomeIndex() >= 0 && a.outcomeIndex() < outcomeCount),
                "outcomeIndex", "Pick one of the plan's outcomes");
        if (a.dueDate() != null) {
            found.require(!a.dueDate().isBefore(EARLIEST) && a.dueDate().isBefore(today().plusYears(5)), "dueDate",
                    "The due date must be between 2000 and five years from now");
        }
        found.list().forEach(p -> problems.add(FieldProblem.ofAction(index, p.field(),
                "Action " + (index + 1) + ": " + p.message())));
        String description = a.description() == null ? "" : a.description().strip();
        return new PlanAction(description, a.ownerStaffId(), owner, a.dueDate(),
                a.status() == null ? ActionStatus.NOT_STARTED : a.status(), blankToNull(a.droppedReason()),
                a.outcomeIndex());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || Text.isBlank(text) ? null : text.strip();
    }

    private List<FieldProblem> warnings(PlanType type, PlanContent content, LocalDate startedOn, int approvedBefore) {
        List<FieldProblem> warnings = new ArrayList<>(language.warnings(content));
        LocalDate latest = latestReview(type, startedOn, approvedBefore);
        if (content.nextReviewDate() != null && content.nextReviewDate().isAfter(latest)) {
            warnings.add(FieldProblem.of("nextReviewDate", "The review rules ask for the next review by "
                    + Dates.day(latest)));
        }
        return warnings;
    }

    /**
     * The latest next review by the rules. Each approved version after the first is a review, held the day it was
     * approved; for the version being written now the review is today.
     */
    private LocalDate latestReview(PlanType type, LocalDate startedOn, int approvedBefore) {
        return schedule.latestNextReview(type, startedOn, approvedBefore, today());
    }

    private int approvedBefore(Plan plan, PlanVersion version) {
        return (int) versions.countByPlanIdAndVersionNumberLessThanAndApprovedAtIsNotNull(plan.id(), version.number());
    }

    private PlanDetail detail(Plan plan, PlanVersion version) {
        List<PlanDecisionRow> rows = decisions.findByVersionIdInOrderByDecidedAtDesc(List.of(version.id()));
        Set<Long> people = new HashSet<>(List.of(version.authorId(), version.lastEditedBy()));
        rows.forEach(r -> people.add(r.decidedBy()));
        Map<Long, String> names = organisation.staffNames(people);
        PlanContent content = version.content();
        int before = approvedBefore(plan, version);
        return new PlanDetail(version.id(), plan.id(), plan.childId(), plan.type(), version.number(), version.status(),
                version.id().equals(plan.currentVersionId()), content, plan.startedOn(),
                latestReview(plan.type(), plan.startedOn(), before), version.authorId(),
                names.getOrDefault(version.authorId(), ""), version.lastEditedBy(),
                names.getOrDefault(version.lastEditedBy(), ""), version.lastEditedAt(), version.submittedAt(),
                version.approvedAt(), rows.stream().map(r -> new PlanDecision(r.decision(), r.rationale(),
                        r.decidedBy(), names.getOrDefault(r.decidedBy(), ""), r.decidedAt())).toList(),
                ApprovalGate.gaps(content), warnings(plan.type(), content, plan.startedOn(), before),
                version.version());
    }

    /** Writes the changes, then the plan's summary row from them (one place for every path that changes a plan). */
    private void saved(Plan plan) {
        versions.flush();
        summaries.refresh(plan.id());
    }

    private void requireCurrent(Plan plan, PlanVersion version) {
        if (!version.id().equals(plan.currentVersionId())) {
            throw new ConflictException("A newer version of this plan exists: open the current version");
        }
    }

    /**
     * The version to change, read after taking the plan's row lock: a save that waited for another sees what that
     * one committed, so the loser of a race is told by the version check (412 with its text), and an approval never
     * judges content that an edit is changing at the same moment.
     */
    private PlanVersion forWriting(UUID versionId) {
        plans.lockByVersionId(versionId).orElseThrow(() -> new NotFoundException("Plan"));
        return version(versionId);
    }

    private PlanVersion version(UUID versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private Plan plan(PlanVersion version) {
        return plans.findById(version.planId()).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }
}
