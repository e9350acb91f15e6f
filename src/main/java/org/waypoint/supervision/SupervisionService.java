package org.waypoint.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.RecordAction;
import org.waypoint.children.WorkerCaseload;
import org.waypoint.common.ConflictException;
import org.waypoint.common.FieldProblem;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.StaffSummary;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;

/**
 * Supervision records: a manager writes one after each session with a worker, the worker comments and acknowledges
 * it, and from then on it is locked (corrections are addenda). Each case discussion is part of the child's record
 * as management oversight.
 *
 * <p>Who may do what:
 * <ul>
 *   <li>record supervision of a worker: the manager of the worker's team, or a head of service over the team (who
 *   also supervises team managers); never oneself;</li>
 *   <li>read a record: its supervisor and supervisee, the team's manager and heads of service over the team; it is
 *   "not found" for anyone else;</li>
 *   <li>comment and acknowledge: the supervisee; edit until acknowledged: those who may record it;</li>
 *   <li>read a child's management oversight: whoever may read the child.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_ROLES)
public class SupervisionService {

    /** Audit trail record type for a case discussion on a child's record. */
    static final String OVERSIGHT = "MANAGEMENT_OVERSIGHT";
    static final int NARRATIVE_MAX = 6000;
    static final int NOTE_MAX = 4000;

    private final SupervisionRepository supervisions;
    private final AddendumRepository addenda;
    private final ComplianceQueries queries;
    private final TeamPolicies policies;
    private final SupervisionPolicyService policyService;
    private final OrganisationService organisation;
    private final ChildService children;
    private final ChildAccess access;
    private final Clock clock;

    SupervisionService(SupervisionRepository supervisions, AddendumRepository addenda, ComplianceQueries queries,
                       TeamPolicies policies, SupervisionPolicyService policyService, OrganisationService organisation,
                       ChildService children, ChildAccess access, Clock clock) {
        this.supervisions = supervisions;
        this.addenda = addenda;
        this.queries = queries;
        this.policies = policies;
        this.policyService = policyService;
        this.organisation = organisation;
        this.children = children;
        this.access = access;
        this.clock = clock;
    }

    // --- writing a record

    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public SupervisionRecord record(NewSupervision input) {
        if (input.superviseeId() == null) {
            throw new InvalidInputException("superviseeId", "Choose who was supervised");
        }
        StaffSummary supervisee = supervisableBy(CurrentUser.get(), input.superviseeId());
        Map<UUID, ChildSummary> allocated = allocatedTo(supervisee.id());
        Supervision.Content content = validate(input, supervisee, allocated, Set.of());
        var supervision = new Supervision(supervisee.id(), CurrentUser.get().staffId(),
                Objects.requireNonNull(supervisee.teamId()), clock.instant());
        supervision.write(content, nextDue(supervisee, content.heldOn()));
        supervisions.save(supervision);
        supervision.caseDiscussions().forEach(cd -> access.recorded(cd.childId(), OVERSIGHT, cd.id(), RecordAction.CREATE));
        return view(supervision);
    }

    /** Rewrites a record not yet acknowledged; {@code version} is the one the editor started from. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public SupervisionRecord update(UUID id, long version, NewSupervision input) {
        Supervision supervision = readable(id);
        if (supervision.locked()) {
            throw new ConflictException("The supervisee has acknowledged this record, so it is locked. "
                    + "Add an addendum to correct it.");
        }
        if (supervision.version() != version) {
            throw new StaleVersionException("This supervision record", supervision.version());
        }
        StaffSummary supervisee = supervisableBy(CurrentUser.get(), supervision.superviseeId());
        if (input.superviseeId() != null && input.superviseeId() != supervisee.id()) {
            throw new InvalidInputException("superviseeId", "A record stays with the worker it was written for");
        }
        Set<UUID> before = supervision.caseDiscussions().stream().map(CaseDiscussion::childId).collect(Collectors.toSet());
        Supervision.Content content = validate(input, supervisee, allocatedTo(supervisee.id()), before);
        supervision.write(content, nextDue(supervisee, content.heldOn()));
        supervision.edited(clock.instant());
        supervisions.flush();
        Set<UUID> touched = new HashSet<>(before);
        supervision.caseDiscussions().forEach(cd -> touched.add(cd.childId()));
        touched.forEach(child -> access.recorded(child, OVERSIGHT, supervision.id(),
                before.contains(child) ? RecordAction.UPDATE : RecordAction.CREATE));
        return view(supervision);
    }

    /** The supervisee's comments, which they may change until they acknowledge the record. */
    @Transactional
    public SupervisionRecord comment(UUID id, @Nullable Long version, @Nullable String comments) {
        Supervision supervision = asSupervisee(id, version);
        new Problems().maxLength(comments, "comments", "Your comments", NARRATIVE_MAX).throwIfAny();
        supervision.comment(blankToNull(comments));
        supervisions.flush();
        return view(supervision);
    }

    /** The supervisee confirms the record, with their comments if any; it is locked from then on. */
    @Transactional
    public SupervisionRecord acknowledge(UUID id, @Nullable Long version, @Nullable String comments) {
        Supervision supervision = asSupervisee(id, version);
        new Problems().maxLength(comments, "comments", "Your comments", NARRATIVE_MAX).throwIfAny();
        if (comments != null) {
            supervision.comment(blankToNull(comments));
        }
        supervision.acknowledge(clock.instant());
        supervisions.flush();
        return view(supervision);
    }

    /**
     * Adds a correction or later note to an acknowledged record; with {@code childId}, about that child's case
     * discussion, and then shown on the child's record too. Any party to the record may add one.
     */
    @Transactional
    public SupervisionRecord addAddendum(UUID id, @Nullable String note, @Nullable UUID childId) {
        Supervision supervision = readable(id);
        if (!supervision.locked()) {
            throw new ConflictException("Until the supervisee acknowledges this record, edit it or comment on it "
                    + "instead of adding an addendum.");
        }
        new Problems().requireText(note, "note", "The addendum", NOTE_MAX).throwIfAny();
        CaseDiscussion about = null;
        if (childId != null) {
            about = supervision.caseDiscussions().stream().filter(cd -> cd.childId().equals(childId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("childId",
                            "This record has no case discussion about that child"));
        }
        addenda.save(new Addendum(supervision.id(), about == null ? null : about.id(), note.trim(),
                CurrentUser.get().staffId(), clock.instant()));
        if (about != null) {
            access.recorded(about.childId(), OVERSIGHT, about.id(), RecordAction.UPDATE);
        }
        return view(supervision);
    }

    // --- reading records

    public SupervisionRecord get(UUID id) {
        Supervision supervision = readable(id);
        SupervisionRecord record = view(supervision);
        record.caseDiscussions().forEach(cd -> access.recorded(cd.childId(), OVERSIGHT, cd.id(), RecordAction.VIEW));
        return record;
    }

    /** A worker's supervision records, newest first: for the worker themselves and the managers over their team. */
    public Page<SupervisionSummary> history(long superviseeId, Pageable pageable) {
        CurrentUser user = CurrentUser.get();
        if (user.staffId() != superviseeId) {
            StaffSummary supervisee = organisation.staffMember(superviseeId)
                    .orElseThrow(() -> new NotFoundException("Supervision history"));
            if (supervisee.teamId() == null || !organisation.teamIdsOverseenBy(user).contains(supervisee.teamId())) {
                throw new NotFoundException("Supervision history");
            }
        }
        return summaries(supervisions.findSummariesBySupervisee(superviseeId, newestFirst(pageable)));
    }

    /** The team's supervision records, newest first: for its manager and heads of service over it. */
    @PreAuthorize(Roles.MANAGERS)
    public Page<SupervisionSummary> teamRecords(long teamId, Pageable pageable) {
        overseenTeam(teamId);
        return summaries(supervisions.findSummariesByTeam(teamId, newestFirst(pageable)));
    }

    /** The case decisions about a child, newest first; for whoever may read the child. */
    public List<ManagementOversight> oversight(UUID childId) {
        access.read(childId, OVERSIGHT, childId);
        List<SupervisionRepository.OversightRow> rows = supervisions.findOversightByChild(childId);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(SupervisionRepository.OversightRow::getCaseDiscussionId).toList();
        Map<UUID, List<AgreedAction>> actions = supervisions.findActionsOfCaseDiscussions(ids).stream()
                .collect(Collectors.groupingBy(SupervisionRepository.ActionRow::getCaseDiscussionId,
                        Collectors.mapping(a -> new AgreedAction(a.getDescription(), a.getOwner(), a.getDueOn()),
                                Collectors.toList())));
        List<Addendum> notes = addenda.findByCaseDiscussionIdInOrderByWrittenAt(ids);
        Map<Long, String> names = organisation.staffNames(Stream.concat(
                rows.stream().flatMap(r -> Stream.of(r.getSupervisorId(), r.getSuperviseeId())),
                notes.stream().map(Addendum::writtenBy)).collect(Collectors.toSet()));
        Map<UUID, List<AddendumEntry>> notesByDiscussion = notes.stream()
                .collect(Collectors.groupingBy(a -> Objects.requireNonNull(a.caseDiscussionId()),
                        Collectors.mapping(a -> a.view(names.getOrDefault(a.writtenBy(), "")), Collectors.toList())));
        return rows.stream()
                .map(r -> new ManagementOversight(r.getCaseDiscussionId(), r.getSupervisionId(), r.getHeldOn(),
                        r.getSupervisorId(), names.getOrDefault(r.getSupervisorId(), ""),
                        names.getOrDefault(r.getSuperviseeId(), ""), r.getRecordedAt(), r.getDiscussion(),
                        r.getDecision(), r.getRationale(), actions.getOrDefault(r.getCaseDiscussionId(), List.of()),
                        notesByDiscussion.getOrDefault(r.getCaseDiscussionId(), List.of())))
                .toList();
    }

    // --- where supervision stands

    /**
     * The team's workers with their last supervision and when the next is due, overdue first. For a head of service
     * the team manager is listed too: they supervise them.
     */
    @PreAuthorize(Roles.MANAGERS)
    public TeamSupervision teamSupervision(long teamId) {
        TeamSummary team = overseenTeam(teamId);
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> openCases = children.teamWorkload(teamId).workers().stream()
                .collect(Collectors.toMap(WorkerCaseload::staffId, WorkerCaseload::openCases));
        List<StaffSummary> members = organisation.teamMembers(teamId).stream()
                .filter(s -> s.id() != user.staffId() && mayBeSupervisedBy(user, s))
                .toList();
        List<WorkerSupervisionStatus> workers = statuses(members, policies.of(teamId), today, openCases,
                childrenOverdueByWorker(today, teamId)).stream()
                .sorted(Comparator.comparing((WorkerSupervisionStatus w) -> !w.overdueOn(today))
                        .thenComparing(w -> w.nextDueOn() == null ? LocalDate.MIN : w.nextDueOn())
                        .thenComparing(WorkerSupervisionStatus::name))
                .toList();
        return new TeamSupervision(team, policyService.policy(teamId), today, workers);
    }

    /** Where the signed-in worker's own supervision stands. */
    public WorkerSupervisionStatus myStatus() {
        CurrentUser user = CurrentUser.get();
        StaffSummary me = organisation.staffMember(user.staffId()).orElseThrow(() -> new NotFoundException("Staff member"));
        long open = children.search(ChildFilter.open().withWorker(me.id()), PageRequest.of(0, 1)).getTotalElements();
        SupervisionPolicy policy = me.teamId() == null ? SupervisionPolicy.LGA_STANDARD : policies.of(me.teamId());
        return statuses(List.of(me), policy, LocalDate.now(clock), Map.of(me.id(), open), Map.of()).getFirst();
    }

    /** Where a worker's supervision stands, for the manager about to record it. */
    @PreAuthorize(Roles.MANAGERS)
    public WorkerSupervisionStatus supervisee(long superviseeId) {
        StaffSummary supervisee = supervisableBy(CurrentUser.get(), superviseeId);
        long teamId = Objects.requireNonNull(supervisee.teamId());
        LocalDate today = LocalDate.now(clock);
        long open = children.search(ChildFilter.open().withWorker(superviseeId), PageRequest.of(0, 1)).getTotalElements();
        return statuses(List.of(supervisee), policies.of(teamId), today, Map.of(superviseeId, open),
                childrenOverdueByWorker(today, teamId)).getFirst();
    }

    /** The supervisee's allocated children, those longest without a case discussion first. */
    @PreAuthorize(Roles.MANAGERS)
    public List<ChildToDiscuss> childrenToDiscuss(long superviseeId) {
        StaffSummary supervisee = supervisableBy(CurrentUser.get(), superviseeId);
        SupervisionPolicy policy = policies.of(Objects.requireNonNull(supervisee.teamId()));
        Collection<ChildSummary> allocated = allocatedTo(superviseeId).values();
        Map<UUID, LocalDate> last = lastDiscussions(allocated.stream().map(ChildSummary::id).toList());
        return allocated.stream()
                .map(c -> new ChildToDiscuss(c.id(), c.fullName(), c.category(), last.get(c.id()),
                        policy.nextCaseDiscussionDue(last.get(c.id()), c.openedOn())))
                .sorted(Comparator.comparing(ChildToDiscuss::dueOn).thenComparing(ChildToDiscuss::name))
                .toList();
    }

    // --- rules and helpers

    /** The worker, if the user may record their supervision: 404 if there is no such worker, 403 if not theirs. */
    private StaffSummary supervisableBy(CurrentUser user, long superviseeId) {
        StaffSummary supervisee = organisation.staffMember(superviseeId)
                .orElseThrow(() -> new NotFoundException("Staff member"));
        if (!supervisee.active() || supervisee.teamId() == null
                || !(supervisee.role().isCaseHolding() || supervisee.role() == Role.TEAM_MANAGER)) {
            throw new InvalidInputException("superviseeId",
                    "Supervision is recorded for active social workers, personal advisers and team managers");
        }
        if (supervisee.id() == user.staffId()) {
            throw new AccessDeniedException("Your own supervision is recorded by your manager");
        }
        if (!organisation.teamIdsOverseenBy(user).contains(supervisee.teamId()) || !mayBeSupervisedBy(user, supervisee)) {
            throw new AccessDeniedException("Only " + supervisee.displayName()
                    + "'s team manager or a head of service over the team may record their supervision");
        }
        return supervisee;
    }

    /** A team manager supervises their practitioners; a head of service supervises team managers too. */
    private static boolean mayBeSupervisedBy(CurrentUser user, StaffSummary worker) {
        return worker.role().isCaseHolding() || (worker.role() == Role.TEAM_MANAGER && user.role() == Role.HEAD_OF_SERVICE);
    }

    /** The record, if the user may read it; "not found" otherwise, so ids reveal nothing. */
    private Supervision readable(UUID id) {
        CurrentUser user = CurrentUser.get();
        Supervision supervision = supervisions.findById(id).orElseThrow(() -> new NotFoundException("Supervision record"));
        boolean party = supervision.superviseeId() == user.staffId() || supervision.supervisorId() == user.staffId();
        if (!party && !organisation.teamIdsOverseenBy(user).contains(supervision.teamId())) {
            throw new NotFoundException("Supervision record");
        }
        return supervision;
    }

    private Supervision asSupervisee(UUID id, @Nullable Long version) {
        Supervision supervision = readable(id);
        if (supervision.superviseeId() != CurrentUser.get().staffId()) {
            throw new AccessDeniedException("Only the supervisee comments on and acknowledges their supervision record");
        }
        if (supervision.locked()) {
            throw new ConflictException("You have acknowledged this record, so it is locked. Add an addendum instead.");
        }
        if (version != null && supervision.version() != version) {
            throw new StaleVersionException("This supervision record", supervision.version());
        }
        return supervision;
    }

    private TeamSummary overseenTeam(long teamId) {
        if (!organisation.teamIdsOverseenBy(CurrentUser.get()).contains(teamId)) {
            throw new NotFoundException("Team");
        }
        return organisation.team(teamId).orElseThrow(() -> new NotFoundException("Team"));
    }

    private Map<UUID, ChildSummary> allocatedTo(long workerId) {
        return children.search(ChildFilter.open().withWorker(workerId), Pageable.unpaged(Sort.by("familyName", "givenName")))
                .stream().collect(Collectors.toMap(ChildSummary::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private LocalDate nextDue(StaffSummary supervisee, LocalDate heldOn) {
        return policies.of(Objects.requireNonNull(supervisee.teamId())).nextSupervisionDue(heldOn, supervisee.qualifiedOn());
    }

    private Map<UUID, LocalDate> lastDiscussions(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return supervisions.findLastDiscussions(childIds).stream()
                .collect(Collectors.toMap(SupervisionRepository.LastDiscussionRow::getChildId,
                        SupervisionRepository.LastDiscussionRow::getLastDiscussedOn));
    }

    private Map<Long, Integer> childrenOverdueByWorker(LocalDate today, long teamId) {
        return queries.overdueChildren(today, Set.of(teamId), SupervisionPolicy.LGA_STANDARD.caseDiscussionIntervalDays())
                .stream().collect(Collectors.groupingBy(ComplianceQueries.OverdueChildRow::workerId,
                        Collectors.summingInt(r -> 1)));
    }

    private List<WorkerSupervisionStatus> statuses(List<StaffSummary> workers, SupervisionPolicy policy,
                                                   LocalDate today, Map<Long, Long> openCases,
                                                   Map<Long, Integer> childrenOverdue) {
        Map<Long, SupervisionRepository.LatestRow> latest = workers.isEmpty() ? Map.of()
                : supervisions.findLatestBySupervisees(workers.stream().map(StaffSummary::id).toList()).stream()
                .collect(Collectors.toMap(SupervisionRepository.LatestRow::getSuperviseeId, Function.identity()));
        return workers.stream()
                .map(w -> {
                    var last = latest.get(w.id());
                    return new WorkerSupervisionStatus(w.id(), w.displayName(), w.role(),
                            policy.frequencyOn(today, w.qualifiedOn()).stage(),
                            last == null ? null : last.getLastHeldOn(), last == null ? null : last.getNextDueOn(),
                            openCases.getOrDefault(w.id(), 0L), childrenOverdue.getOrDefault(w.id(), 0));
                })
                .toList();
    }

    private Page<SupervisionSummary> summaries(Page<SupervisionRepository.SummaryRow> page) {
        Map<Long, String> names = organisation.staffNames(page.getContent().stream()
                .flatMap(r -> Stream.of(r.getSuperviseeId(), r.getSupervisorId())).collect(Collectors.toSet()));
        return page.map(r -> new SupervisionSummary(r.getId(), r.getSuperviseeId(),
                names.getOrDefault(r.getSuperviseeId(), ""), r.getSupervisorId(),
                names.getOrDefault(r.getSupervisorId(), ""), r.getHeldOn(), r.getDurationMinutes(),
                r.getCaseDiscussions(), r.getAcknowledgedAt() != null));
    }

    private static Pageable newestFirst(Pageable pageable) {
        Sort newest = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("recordedAt"));
        return pageable.isUnpaged() ? Pageable.unpaged(newest)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), newest);
    }

    private SupervisionRecord view(Supervision supervision) {
        Map<Long, String> names = organisation.staffNames(List.of(supervision.superviseeId(), supervision.supervisorId()));
        List<Addendum> notes = addenda.findBySupervisionIdOrderByWrittenAt(supervision.id());
        Map<Long, String> writers = organisation.staffNames(notes.stream().map(Addendum::writtenBy).toList());
        Map<UUID, String> childNames = queries.childNames(supervision.caseDiscussions().stream()
                .map(CaseDiscussion::childId).toList());
        return supervision.view(names.getOrDefault(supervision.superviseeId(), ""),
                names.getOrDefault(supervision.supervisorId(), ""),
                supervision.caseDiscussions().stream()
                        .map(cd -> cd.view(childNames.getOrDefault(cd.childId(), ""))).toList(),
                notes.stream().map(a -> a.view(writers.getOrDefault(a.writtenBy(), ""))).toList());
    }

    // --- validation

    /**
     * Checks everything the manager wrote and names each problem's place: {@code section} "actions" or
     * "caseDiscussions[i]", {@code actionIndex} for an action. Every child discussed must be allocated to the
     * supervisee, except ones the record already discussed (an edit after the child moved on keeps them).
     */
    private Supervision.Content validate(NewSupervision input, StaffSummary supervisee,
                                         Map<UUID, ChildSummary> allocated, Set<UUID> alreadyDiscussed) {
        LocalDate today = LocalDate.now(clock);
        LocalDate heldOn = input.heldOn();
        var problems = new Problems()
                .require(heldOn != null, "heldOn", "Enter the date of the supervision")
                .require(heldOn == null || !heldOn.isAfter(today), "heldOn", "The date cannot be in the future")
                .require(heldOn == null || heldOn.isAfter(today.minusYears(2)), "heldOn",
                        "Supervision more than two years ago cannot be recorded here")
                .require(input.durationMinutes() != null, "durationMinutes", "Enter how long the supervision lasted")
                .require(input.durationMinutes() == null
                                || (input.durationMinutes() >= 10 && input.durationMinutes() <= 480),
                        "durationMinutes", "Duration must be between 10 and 480 minutes")
                .requireText(input.reflectiveDiscussion(), "reflectiveDiscussion", "Reflective discussion", NARRATIVE_MAX)
                .requireText(input.wellbeing(), "wellbeing", "Wellbeing", NARRATIVE_MAX)
                .requireText(input.workload(), "workload", "Workload and caseload", NARRATIVE_MAX)
                .maxLength(input.learningAndDevelopment(), "learningAndDevelopment", "Learning and development",
                        NARRATIVE_MAX);
        List<ActionItem> actions = actions(input.actions(), "actions", heldOn, problems);
        List<CaseDiscussion> discussions = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<NewSupervision.Discussion> given = input.caseDiscussions() == null ? List.of() : input.caseDiscussions();
        for (int i = 0; i < given.size(); i++) {
            NewSupervision.Discussion d = given.get(i);
            String section = "caseDiscussions[" + i + "]";
            if (d == null) {
                problems.add(new FieldProblem(section, null, "childId", "Choose the child"));
                continue;
            }
            int before = problems.list().size();
            childProblem(d.childId(), supervisee, allocated, alreadyDiscussed, seen)
                    .ifPresent(message -> problems.add(new FieldProblem(section, null, "childId", message)));
            text(problems, d.discussion(), section, "discussion", "What was discussed");
            text(problems, d.decision(), section, "decision", "The management decision");
            text(problems, d.rationale(), section, "rationale", "The reason for the decision");
            List<ActionItem> childActions = actions(d.actions(), section, heldOn, problems);
            if (problems.list().size() == before && heldOn != null) {
                discussions.add(new CaseDiscussion(i, Objects.requireNonNull(d.childId()), heldOn,
                        d.discussion().trim(), d.decision().trim(), d.rationale().trim(), childActions));
            }
        }
        problems.throwIfAny();
        return new Supervision.Content(Objects.requireNonNull(heldOn), Objects.requireNonNull(input.durationMinutes()),
                input.reflectiveDiscussion().trim(), input.wellbeing().trim(), input.workload().trim(),
                blankToNull(input.learningAndDevelopment()), actions, discussions);
    }

    private Optional<String> childProblem(@Nullable UUID childId, StaffSummary supervisee,
                                                    Map<UUID, ChildSummary> allocated, Set<UUID> alreadyDiscussed,
                                                    Set<UUID> seen) {
        if (childId == null) {
            return Optional.of("Choose the child");
        }
        if (!seen.add(childId)) {
            return Optional.of("This child is already discussed in this record: add to that discussion");
        }
        if (allocated.containsKey(childId) || alreadyDiscussed.contains(childId)) {
            return Optional.empty();
        }
        // Name the child only to someone who may read their record.
        String who = access.mayRead(childId) ? children.get(childId).fullName() : "The child with id " + childId;
        return Optional.of(who + " is not allocated to " + supervisee.displayName()
                + ": only their own children can be discussed in their supervision");
    }

    private static void text(Problems problems, @Nullable String value, String section, String field, String label) {
        new Problems().requireText(value, field, label, NARRATIVE_MAX).list()
                .forEach(p -> problems.add(p.inSection(section)));
    }

    private static List<ActionItem> actions(@Nullable List<NewSupervision.Action> given, String section,
                                            @Nullable LocalDate heldOn, Problems problems) {
        List<ActionItem> actions = new ArrayList<>();
        if (given == null) {
            return actions;
        }
        for (int i = 0; i < given.size(); i++) {
            NewSupervision.Action a = given.get(i) == null ? new NewSupervision.Action(null, null, null) : given.get(i);
            var own = new Problems()
                    .requireText(a.description(), "description", "What is to be done", 500)
                    .requireText(a.owner(), "owner", "Who will do it", 200)
                    .require(a.dueDate() != null, "dueDate", "Enter when it is due")
                    .require(a.dueDate() == null || heldOn == null || !a.dueDate().isBefore(heldOn), "dueDate",
                            "An action cannot be due before the supervision");
            int index = i;
            own.list().forEach(p -> problems.add(new FieldProblem(section, index, p.field(), p.message())));
            if (own.list().isEmpty()) {
                actions.add(new ActionItem(a.description().trim(), a.owner().trim(), a.dueDate()));
            }
        }
        return actions;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
