package org.waypoint.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
import org.waypoint.plans.ActionStatus;
import org.waypoint.plans.PlainLanguage;
import org.waypoint.plans.PlanAction;
import org.waypoint.plans.PlanInput;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanWorkflow;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;

/**
 * Pathway plans and their approval, for every entry point. The workflow is the plans' ({@link PlanWorkflow}: draft,
 * submitted, approved or returned; author never approver; an approved version is never changed); access goes
 * through {@link ChildAccess} and every read and write is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class PathwayService {

    static final String RECORD_TYPE = "PATHWAY_PLAN";
    static final int LONG_TEXT = 4000;
    static final int SHORT_TEXT = 2000;
    static final int REASON = 1000;
    static final int OWNER = 200;
    static final int MAX_ACTIONS = 30;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final PathwayPlanRepository plans;
    private final PathwayVersionRepository versions;
    private final PathwayDecisionRepository decisions;
    private final PathwayQueries queries;
    private final ChildAccess access;
    private final OrganisationService organisation;
    private final Clock clock;
    private final PlainLanguage language;

    PathwayService(PathwayPlanRepository plans, PathwayVersionRepository versions, PathwayDecisionRepository decisions,
                   PathwayQueries queries, ChildAccess access, OrganisationService organisation, Clock clock,
                   @Value("${waypoint.plans.jargon:}") String jargon) {
        this.plans = plans;
        this.versions = versions;
        this.decisions = decisions;
        this.queries = queries;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
        this.language = new PlainLanguage(jargon.isBlank() ? PlainLanguage.DEFAULT_JARGON
                : Arrays.asList(jargon.split(",")));
    }

    // --- writing

    /** Starts the young person's pathway plan (one each) as a draft; only for eligible, relevant or former relevant. */
    @Transactional
    public PathwayDetail create(UUID childId, PathwayInput input) {
        access.requireWrite(childId);
        PathwayQueries.ChildFacts child = facts(childId);
        CareLeaverStatus status = child.status(today());
        if (!status.entitledToPlan()) {
            throw new InvalidInputException("childId", "A pathway plan is for a young person who is eligible, relevant "
                    + "or former relevant; " + child.name() + " is: " + status.label().toLowerCase());
        }
        PathwayContent content = checked(input, null);
        if (plans.findByChildId(childId).isPresent()) {
            throw new ConflictException("This young person already has a pathway plan: edit it");
        }
        Instant now = clock.instant();
        long me = CurrentUser.get().staffId();
        var plan = new PathwayPlan(UUID.randomUUID(), childId, today(), now);
        var version = new PathwayVersion(UUID.randomUUID(), plan.id(), 1, me, now);
        version.apply(content, me, now);
        plan.currentVersion(version.id());
        plans.save(plan);
        versions.save(version);
        access.recorded(childId, RECORD_TYPE, version.id(), RecordAction.CREATE);
        return detail(plan, version, child);
    }

    /**
     * Saves a change made from {@code expectedVersion} (required). As for plans, a submitted version goes back to
     * draft and an approved one is never changed: the change becomes a new draft version.
     */
    @Transactional
    public PathwayDetail update(UUID versionId, @Nullable Long expectedVersion, PathwayInput input) {
        Saved saved = change(versionId, expectedVersion, content -> input);
        return detail(saved.plan(), saved.version(), facts(saved.plan().childId()));
    }

    /**
     * Writes one section as changed from {@code expectedVersion}, the other sections as they are on that version,
     * with the checks and audit of {@link #update}. Answers only the version it leaves, as offline sync shows nothing
     * of the plan afterwards, so the plan is not read back.
     */
    @Transactional
    public long saveSection(UUID versionId, @Nullable Long expectedVersion, Matter matter,
                            PathwayInput.Section section) {
        return change(versionId, expectedVersion, content -> PathwayInput.of(content).with(matter, section))
                .version().version();
    }

    private record Saved(PathwayPlan plan, PathwayVersion version) {
    }

    private Saved change(UUID versionId, @Nullable Long expectedVersion,
                         Function<PathwayContent, PathwayInput> edit) {
        PathwayVersion version = version(versionId);
        PathwayPlan plan = plan(version);
        access.requireWrite(plan.childId());
        if (expectedVersion == null) {
            throw new InvalidInputException("If-Match", "Say which version you changed (send its ETag in If-Match)");
        }
        requireCurrent(plan, version);
        if (version.version() != expectedVersion) {
            throw new StaleVersionException("This pathway plan", version.version());
        }
        PathwayContent content = checked(edit.apply(version.content()), plan.lastReviewedOn());
        Instant now = clock.instant();
        long me = CurrentUser.get().staffId();
        if (PlanWorkflow.editStartsNewVersion(version.status())) {
            var next = new PathwayVersion(UUID.randomUUID(), plan.id(), version.number() + 1, me, now);
            next.apply(content, me, now);
            versions.save(next);
            plan.currentVersion(next.id());
            plans.flush();
            access.recorded(plan.childId(), RECORD_TYPE, next.id(), RecordAction.CREATE);
            return new Saved(plan, next);
        }
        version.status(PlanWorkflow.afterEdit(version.status()), now);
        version.apply(content, me, now);
        versions.flush();
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.UPDATE);
        return new Saved(plan, version);
    }

    /** Sends the plan to the manager; gaps do not stop it, they come back as warnings. */
    @Transactional
    public PathwayDetail submit(UUID versionId, @Nullable Long expectedVersion) {
        PathwayVersion version = version(versionId);
        PathwayPlan plan = plan(version);
        access.requireWrite(plan.childId());
        requireCurrent(plan, version);
        if (expectedVersion != null && version.version() != expectedVersion) {
            throw new StaleVersionException("This pathway plan", version.version());
        }
        version.status(PlanWorkflow.submit(version.status()), clock.instant());
        versions.flush();
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.SUBMIT);
        return detail(plan, version, facts(plan.childId()));
    }

    /**
     * Approves a submitted plan: the manager of the young person's team or a head of service over it, never who
     * wrote or last edited it, with a rationale, and only when {@link PathwayGate} finds no gap. The approval is the
     * review.
     */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public PathwayDetail approve(UUID versionId, @Nullable String rationale) {
        PathwayVersion version = version(versionId);
        PathwayPlan plan = plan(version);
        String why = decisionChecks(plan, version, rationale, "approve");
        PlanStatus approved = PlanWorkflow.approve(version.status());
        var problems = new ArrayList<FieldProblem>(PathwayGate.gaps(version.content().sections(),
                version.content().nextReviewDate()));
        PlanWorkflow.rationaleProblem(why).ifPresent(p -> problems.add(0, p));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        versions.findByPlanIdOrderByVersionNumberDesc(plan.id()).stream()
                .filter(v -> v.status() == PlanStatus.APPROVED)
                .forEach(v -> v.status(PlanStatus.SUPERSEDED, now));
        version.status(approved, now);
        plan.reviewedOn(today());
        decisions.save(new PathwayDecisionRow(version.id(), PlanStatus.APPROVED, why, CurrentUser.get().staffId(), now));
        versions.flush();
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.APPROVE);
        return detail(plan, version, facts(plan.childId()));
    }

    /** Returns a submitted plan to its author with the manager's comments; same rules as approval but the gate. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public PathwayDetail giveBack(UUID versionId, @Nullable String rationale) {
        PathwayVersion version = version(versionId);
        PathwayPlan plan = plan(version);
        String why = decisionChecks(plan, version, rationale, "return");
        PlanStatus returned = PlanWorkflow.giveBack(version.status());
        PlanWorkflow.rationaleProblem(why).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        Instant now = clock.instant();
        version.status(returned, now);
        decisions.save(new PathwayDecisionRow(version.id(), PlanStatus.RETURNED, why, CurrentUser.get().staffId(), now));
        versions.flush();
        access.recorded(plan.childId(), RECORD_TYPE, version.id(), RecordAction.RETURN);
        return detail(plan, version, facts(plan.childId()));
    }

    private String decisionChecks(PathwayPlan plan, PathwayVersion version, @Nullable String rationale, String verb) {
        access.requireManage(plan.childId());
        if (!PlanWorkflow.mayDecide(CurrentUser.get().staffId(), version.authorId(), version.lastEditedBy())) {
            throw new AccessDeniedException("You wrote or last edited this plan, so another manager must " + verb + " it");
        }
        return rationale == null ? "" : rationale.strip();
    }

    // --- reading

    public PathwayDetail get(UUID versionId) {
        PathwayVersion version = version(versionId);
        PathwayPlan plan = plan(version);
        access.read(plan.childId(), RECORD_TYPE, versionId);
        return detail(plan, version, facts(plan.childId()));
    }

    /** The young person's current pathway plan version, if they have a plan. */
    public Optional<PathwayDetail> current(UUID childId) {
        access.read(childId, RECORD_TYPE, null);
        return plans.findByChildId(childId).map(plan -> detail(plan,
                version(java.util.Objects.requireNonNull(plan.currentVersionId())), facts(childId)));
    }

    /** The young person's care-leaver status today (the caller must be able to see them). */
    public CareLeaverStatus status(UUID childId) {
        access.visible(childId);
        return facts(childId).status(today());
    }

    /** Current pathway plans in the caller's scope whose review is overdue, the longest overdue first. */
    public List<PathwayListItem> overdue() {
        return queries.overdue(access.scope(), today());
    }

    /** Submitted pathway plans of the caller's teams, oldest first. */
    @PreAuthorize(Roles.MANAGERS)
    public List<PathwayListItem> approvalQueue() {
        return queries.submitted(access.scope(), today());
    }

    /** Pathway plans reviewed within 6 months, per team and care-leaver status, in the caller's scope. */
    @PreAuthorize(Roles.MANAGERS)
    public List<PathwayReportRow> upToDateReport() {
        LocalDate today = today();
        return queries.report(access.scope(), today, PathwayReviews.upToDateCutoff(today));
    }

    /**
     * The pathway plans behind the compliance figure "pathway plans up to date" on a day (today when none), for one
     * team the caller oversees or all of them, of one entitled status or all: by team and name.
     */
    @PreAuthorize(Roles.MANAGERS)
    public List<PathwayOnTheDay> upToDateList(@Nullable LocalDate asOf, @Nullable Long teamId,
                                              @Nullable CareLeaverStatus status) {
        LocalDate day = asOf == null ? today() : asOf;
        new Problems().require(!day.isAfter(today()), "asOf", "Figures are counted up to today, not for a day still to come")
                .require(status == null || status.entitledToPlan(), "status",
                        "Choose a status that has a pathway plan: ELIGIBLE, RELEVANT or FORMER_RELEVANT")
                .throwIfAny();
        Set<Long> teams = access.scope().teamIds();
        if (teamId != null && !teams.contains(teamId)) {
            throw new NotFoundException("Team");
        }
        return queries.onTheDay(day, teamId == null ? teams : Set.of(teamId), status);
    }

    /** The gaps and warnings a plan would have, for help while typing (nothing is saved or read). */
    public List<FieldProblem> check(PathwayContent content) {
        List<FieldProblem> all = new ArrayList<>(PathwayGate.gaps(content.sections(), content.nextReviewDate()));
        all.addAll(warnings(content, today()));
        return all;
    }

    // --- internals

    /** The input checked; a review asked for on or before the last review was met by it and is dropped. */
    private PathwayContent checked(PathwayInput input, @Nullable LocalDate lastReview) {
        var problems = new Problems();
        Map<Matter, PathwayInput.Section> given = input.sections() == null ? Map.of() : input.sections();
        Map<Matter, PathwaySection> sections = new EnumMap<>(Matter.class);
        Set<Long> staffIds = new HashSet<>();
        given.values().stream().filter(s -> s != null && s.actions() != null).flatMap(s -> s.actions().stream())
                .filter(a -> a != null && a.ownerStaffId() != null).forEach(a -> staffIds.add(a.ownerStaffId()));
        Map<Long, String> staffNames = staffIds.isEmpty() ? Map.of() : organisation.staffNames(staffIds);
        given.forEach((matter, section) -> {
            if (matter == null || section == null) {
                return;
            }
            String name = matter.name();
            var found = new Problems()
                    .maxLength(section.needs(), "needs", "Needs", LONG_TEXT)
                    .maxLength(section.youngPersonViews(), "youngPersonViews", "Their views", LONG_TEXT)
                    .maxLength(section.suitableReason(), "suitableReason", "The reason", SHORT_TEXT)
                    .require(matter == Matter.ACCOMMODATION || (section.suitable() == null
                            && section.suitableReason() == null), "suitable", "Suitability is for where they live only");
            List<PlanInput.Action> actions = section.actions() == null ? List.of() : section.actions();
            found.require(actions.size() <= MAX_ACTIONS, "actions", "At most " + MAX_ACTIONS + " actions");
            found.list().forEach(p -> problems.add(p.inSection(name)));
            List<PlanAction> checkedActions = new ArrayList<>();
            for (int i = 0; i < Math.min(actions.size(), MAX_ACTIONS); i++) {
                PlanInput.Action a = actions.get(i) == null
                        ? new PlanInput.Action(null, null, null, null, null, null, null) : actions.get(i);
                checkedActions.add(checkedAction(a, i, staffNames, problems, name));
            }
            sections.put(matter, new PathwaySection(blankToNull(section.needs()), blankToNull(section.youngPersonViews()),
                    checkedActions, matter == Matter.ACCOMMODATION ? section.suitable() : null,
                    blankToNull(section.suitableReason())));
        });
        LocalDate today = today();
        LocalDate review = input.nextReviewDate();
        withinThreeYears(problems, review, "nextReviewDate", "The review", today);
        withinThreeYears(problems, input.reviewAskedFor(), "reviewAskedFor", "The review asked for", today);
        problems.throwIfAny();
        LocalDate asked = PathwayReviews.openRequest(input.reviewAskedFor(), lastReview);
        return new PathwayContent(sections, review != null ? review : PathwayReviews.latestNextReview(today, asked),
                asked);
    }

    private static void withinThreeYears(Problems problems, @Nullable LocalDate day, String field, String label,
                                         LocalDate today) {
        if (day != null) {
            problems.require(!day.isBefore(EARLIEST), field, label + " must be in 2000 or later")
                    .require(day.isBefore(today.plusYears(3)), field, label + " must be within three years");
        }
    }

    private PlanAction checkedAction(PlanInput.Action a, int index, Map<Long, String> staffNames, Problems problems,
                                     String section) {
        var found = new Problems()
                .maxLength(a.description(), "description", "The description", SHORT_TEXT)
                .maxLength(a.owner(), "owner", "The owner", OWNER)
                .maxLength(a.droppedReason(), "droppedReason", "The reason", REASON);
        String owner = blankToNull(a.owner());
        if (a.ownerStaffId() != null) {
            owner = staffNames.get(a.ownerStaffId());
            found.require(owner != null, "ownerStaffId", "No member of staff has this id");
        }
        if (a.dueDate() != null) {
            found.require(!a.dueDate().isBefore(EARLIEST) && a.dueDate().isBefore(today().plusYears(5)), "dueDate",
                    "The due date must be between 2000 and five years from now");
        }
        found.list().forEach(p -> problems.add(new FieldProblem(section, index, p.field(),
                "Action " + (index + 1) + ": " + p.message())));
        return new PlanAction(a.description() == null ? "" : a.description().strip(), a.ownerStaffId(), owner,
                a.dueDate(), a.status() == null ? ActionStatus.NOT_STARTED : a.status(), blankToNull(a.droppedReason()),
                null);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || Text.isBlank(text) ? null : text.strip();
    }

    /**
     * Vague actions and jargon in what the adviser wrote (never in the young person's own words), and a review later
     * than the rule allows.
     */
    private List<FieldProblem> warnings(PathwayContent content, LocalDate reviewedFrom) {
        List<FieldProblem> warnings = new ArrayList<>();
        content.sections().forEach((matter, s) -> {
            String name = matter.name();
            language.jargonWarning(s.needs()).ifPresent(m -> warnings.add(new FieldProblem(name, null, "needs", m)));
            for (int i = 0; i < s.actions().size(); i++) {
                String description = s.actions().get(i).description();
                if (PlainLanguage.vague(description)) {
                    warnings.add(new FieldProblem(name, i, "description", "Action " + (i + 1)
                            + " is vague: say what will be done, so anyone could see it was done (visit, book, apply...)"));
                }
                int index = i;
                language.jargonWarning(description)
                        .ifPresent(m -> warnings.add(new FieldProblem(name, index, "description", m)));
            }
        });
        LocalDate latest = PathwayReviews.latestNextReview(reviewedFrom, content.reviewAskedFor());
        if (content.nextReviewDate() != null && content.nextReviewDate().isAfter(latest)) {
            warnings.add(FieldProblem.of("nextReviewDate", "The review rules ask for the next review by " + Dates.day(latest)));
        }
        return List.copyOf(warnings);
    }

    private PathwayDetail detail(PathwayPlan plan, PathwayVersion version, PathwayQueries.ChildFacts child) {
        List<PathwayDecisionRow> rows = decisions.findByVersionIdOrderByDecidedAtDesc(version.id());
        Set<Long> people = new HashSet<>(List.of(version.authorId(), version.lastEditedBy()));
        rows.forEach(r -> people.add(r.decidedBy()));
        Map<Long, String> names = organisation.staffNames(people);
        PathwayContent content = version.content();
        // a version under way is reviewed when approved (now); an approved one was reviewed the day it was
        LocalDate reviewedFrom = version.approvedAt() == null ? today()
                : LocalDate.ofInstant(version.approvedAt(), Dates.ZONE);
        return new PathwayDetail(version.id(), plan.id(), plan.childId(), child.name(), child.status(today()),
                version.number(), version.status(), version.id().equals(plan.currentVersionId()), content,
                plan.startedOn(), PathwayReviews.latestNextReview(reviewedFrom, content.reviewAskedFor()),
                plan.lastReviewedOn(), version.authorId(), names.getOrDefault(version.authorId(), ""),
                version.lastEditedBy(), names.getOrDefault(version.lastEditedBy(), ""), version.lastEditedAt(),
                version.submittedAt(), version.approvedAt(),
                rows.stream().map(r -> r.value(names.getOrDefault(r.decidedBy(), ""))).toList(),
                PathwayGate.gaps(content.sections(), content.nextReviewDate()), warnings(content, reviewedFrom),
                version.version());
    }

    private void requireCurrent(PathwayPlan plan, PathwayVersion version) {
        if (!version.id().equals(plan.currentVersionId())) {
            throw new ConflictException("A newer version of this pathway plan exists: open the current version");
        }
    }

    private PathwayQueries.ChildFacts facts(UUID childId) {
        return queries.child(childId).orElseThrow(() -> new NotFoundException("Child"));
    }

    private PathwayVersion version(UUID versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("Pathway plan"));
    }

    private PathwayPlan plan(PathwayVersion version) {
        return plans.findById(version.planId()).orElseThrow(() -> new NotFoundException("Pathway plan"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }
}
