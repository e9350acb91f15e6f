package org.waypoint.children;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.ConflictException;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.StaffSummary;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;

/** Children: registering them, finding them, and who holds their case. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ChildService {

    /** Children's services work with young people to their 25th birthday (care leavers). */
    private static final int OLDEST_AGE = 25;

    private final ChildRepository children;
    private final ChildAllocationRepository allocations;
    private final ChildAccess access;
    private final OrganisationService organisation;
    // Looked up when used: sources (supervision, plans) depend on this service themselves.
    private final ObjectProvider<DueItemSource> dueItemSources;
    private final LegalStatusChronology legalStatusHistory;
    private final Clock clock;

    ChildService(ChildRepository children, ChildAllocationRepository allocations, ChildAccess access,
                 OrganisationService organisation, ObjectProvider<DueItemSource> dueItemSources,
                 LegalStatusChronology legalStatusHistory, Clock clock) {
        this.children = children;
        this.allocations = allocations;
        this.access = access;
        this.organisation = organisation;
        this.dueItemSources = dueItemSources;
        this.legalStatusHistory = legalStatusHistory;
        this.clock = clock;
    }

    /** Registers a child in a team, unallocated. An administrator, or the manager of that team. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','TEAM_MANAGER')")
    public ChildSummary register(NewChild child) {
        LocalDate today = LocalDate.now(clock);
        new Problems()
                .requireText(child.givenName(), "givenName", "Given name", 100)
                .requireText(child.familyName(), "familyName", "Family name", 100)
                .require(child.dateOfBirth() != null, "dateOfBirth", "Date of birth is required")
                .require(child.dateOfBirth() == null || !child.dateOfBirth().isAfter(today), "dateOfBirth",
                        "Date of birth cannot be in the future")
                .require(child.dateOfBirth() == null || child.dateOfBirth().isAfter(today.minusYears(OLDEST_AGE)),
                        "dateOfBirth", "Children's services work with young people up to their 25th birthday")
                .require(child.category() != null, "category", "Choose the category")
                .require(child.teamId() != null, "teamId", "Choose the team")
                .throwIfAny();
        TeamSummary team = organisation.team(child.teamId())
                .orElseThrow(() -> new InvalidInputException("teamId", "No such team"));
        CurrentUser user = CurrentUser.get();
        if (user.role() == Role.TEAM_MANAGER && !Long.valueOf(team.id()).equals(user.teamId())) {
            throw new AccessDeniedException("A team manager registers children in their own team");
        }
        var saved = children.save(new Child(UUID.randomUUID(), child.givenName().trim(), child.familyName().trim(),
                child.dateOfBirth(), child.category(), child.legalStatus(), today, team.id()));
        allocations.save(new ChildAllocation(saved.id(), team.id(), null, today, user.staffId(), Instant.now(clock)));
        if (child.legalStatus() != null) {
            children.flush();
            legalStatusHistory.recorded(saved.id(), child.legalStatus(), clock.instant(), user.staffId());
        }
        access.recorded(saved.id(), "CHILD", saved.id(), RecordAction.CREATE);
        return saved.summary(team.name(), null);
    }

    public ChildSummary get(UUID childId) {
        access.read(childId, "CHILD", childId);
        Child child = children.findById(childId).orElseThrow(() -> new NotFoundException("Child"));
        return summaries(List.of(child)).getFirst();
    }

    /**
     * Records the order or agreement now in force for the child (null: not recorded). Anyone who may change the
     * child's record: the allocated worker, their manager or a head of service over the team.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','PERSONAL_ADVISER','TEAM_MANAGER','HEAD_OF_SERVICE')")
    public ChildSummary recordLegalStatus(UUID childId, @Nullable LegalStatus status) {
        access.requireWrite(childId);
        Child child = children.findById(childId).orElseThrow(() -> new NotFoundException("Child"));
        if (!child.isOpen()) {
            throw new ConflictException("This child's case is closed");
        }
        if (child.legalStatus() != status) {
            child.recordLegalStatus(status);
            children.flush();
            legalStatusHistory.recorded(childId, status, clock.instant(), CurrentUser.get().staffId());
            access.recorded(childId, "CHILD", childId, RecordAction.UPDATE);
        }
        return summaries(List.of(child)).getFirst();
    }

    /** The children the current user may see, narrowed by the filter. */
    public Page<ChildSummary> search(ChildFilter filter, Pageable pageable) {
        CaseScope scope = access.scope();
        String search = filter.search() == null || filter.search().isBlank() ? null
                : "%" + filter.search().trim().toLowerCase() + "%";
        Page<Child> page = children.search(scope.staffId(), scope.teamIdsForQuery(), search, filter.teamId(),
                filter.category(), filter.workerId(), filter.unallocatedOnly(), filter.includeClosed(), pageable);
        return new PageImpl<>(summaries(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The current user's own open caseload with each child's next due item. */
    public List<CaseloadEntry> myCaseload() {
        CurrentUser user = CurrentUser.get();
        List<ChildSummary> mine = search(ChildFilter.open().withWorker(user.staffId()), Pageable.unpaged()).getContent();
        Map<UUID, DueItem> next = nextDue(mine.stream().map(ChildSummary::id).toList());
        return mine.stream()
                .map(c -> new CaseloadEntry(c, next.get(c.id())))
                .sorted(Comparator.comparing((CaseloadEntry e) -> e.nextDue() == null ? LocalDate.MAX : e.nextDue().due())
                        .thenComparing(e -> e.child().familyName()))
                .toList();
    }

    /** The earliest due item per child from every feature that dates a case. */
    public Map<UUID, DueItem> nextDue(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        return dueItemSources.orderedStream()
                .flatMap(source -> source.dueItems(childIds, today).stream())
                .filter(item -> item.childId() != null)
                .collect(Collectors.toMap(DueItem::childId, Function.identity(),
                        (a, b) -> a.due().isAfter(b.due()) ? b : a));
    }

    /**
     * Allocates the child to a worker. Within a team: its manager or a head of service over it. To a worker in
     * another team (a transfer): an administrator, or a head of service over both teams.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','TEAM_MANAGER','HEAD_OF_SERVICE')")
    public Allocation allocate(UUID childId, @Nullable Long workerId) {
        if (workerId == null) {
            throw new InvalidInputException("workerId", "Choose the worker");
        }
        Child child = childForAllocation(childId);
        StaffSummary worker = organisation.staffMember(workerId)
                .filter(w -> w.active() && w.teamId() != null
                        && (w.role().isCaseHolding() || w.role() == Role.TEAM_MANAGER))
                .orElseThrow(() -> new InvalidInputException("workerId",
                        "Choose an active social worker, personal adviser or team manager"));
        long newTeam = worker.teamId();
        CurrentUser user = CurrentUser.get();
        if (user.role() != Role.ADMIN) {
            Set<Long> overseen = organisation.teamIdsOverseenBy(user);
            boolean mayMove = newTeam == child.teamId()
                    ? overseen.contains(child.teamId())
                    : user.role() == Role.HEAD_OF_SERVICE && overseen.contains(child.teamId()) && overseen.contains(newTeam);
            if (!mayMove) {
                throw new AccessDeniedException(newTeam == child.teamId()
                        ? "Only the team manager or head of service allocates children"
                        : "Moving a child to another team needs an administrator or a head of service over both teams");
            }
        }
        if (newTeam != child.teamId() || !workerId.equals(child.allocatedWorkerId())) {
            changeHolder(child, newTeam, workerId, user);
        }
        return new Allocation(child.id(), child.teamId(), child.allocatedWorkerId());
    }

    /** Leaves the child unallocated in the same team, where the manager still sees them. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','TEAM_MANAGER','HEAD_OF_SERVICE')")
    public Allocation deallocate(UUID childId) {
        Child child = childForAllocation(childId);
        CurrentUser user = CurrentUser.get();
        if (user.role() != Role.ADMIN && !organisation.teamIdsOverseenBy(user).contains(child.teamId())) {
            throw new AccessDeniedException("Only the team manager or head of service allocates children");
        }
        if (child.allocatedWorkerId() != null) {
            changeHolder(child, child.teamId(), null, user);
        }
        return new Allocation(child.id(), child.teamId(), null);
    }

    private Child childForAllocation(UUID childId) {
        CurrentUser user = CurrentUser.get();
        Child child = children.findById(childId).orElseThrow(() -> new NotFoundException("Child"));
        if (user.role() != Role.ADMIN
                && !CaseAccessPolicy.mayRead(user, organisation.teamIdsOverseenBy(user), child.placement())) {
            throw new NotFoundException("Child");
        }
        if (!child.isOpen()) {
            throw new ConflictException("This child's case is closed");
        }
        return child;
    }

    private void changeHolder(Child child, long teamId, @Nullable Long workerId, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        allocations.findByChildIdAndValidToIsNull(child.id()).ifPresent(current -> current.end(today));
        allocations.save(new ChildAllocation(child.id(), teamId, workerId, today, user.staffId(), Instant.now(clock)));
        child.allocate(teamId, workerId);
        access.recorded(child.id(), "ALLOCATION", child.id(), RecordAction.ALLOCATE);
    }

    public List<AllocationPeriod> allocationHistory(UUID childId) {
        access.read(childId, "ALLOCATION", childId);
        return allocations.findByChildIdOrderByValidFromAscIdAsc(childId).stream().map(ChildAllocation::period).toList();
    }

    /** Each active member of the team with their open cases now; the team's manager or a head of service over it. */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','HEAD_OF_SERVICE')")
    public TeamWorkload teamWorkload(long teamId) {
        CurrentUser user = CurrentUser.get();
        if (!organisation.teamIdsOverseenBy(user).contains(teamId)) {
            throw new NotFoundException("Team");
        }
        TeamSummary team = organisation.team(teamId).orElseThrow(() -> new NotFoundException("Team"));
        Map<Long, Long> counts = children.countOpenByWorkerInTeam(teamId).stream()
                .collect(Collectors.toMap(ChildRepository.WorkerCount::getWorkerId,
                        ChildRepository.WorkerCount::getOpenCases));
        List<WorkerCaseload> workers = organisation.teamMembers(teamId).stream()
                .filter(s -> s.role().isCaseHolding() || s.role() == Role.TEAM_MANAGER)
                .map(s -> new WorkerCaseload(s.id(), s.displayName(), s.role(), s.fte(),
                        counts.getOrDefault(s.id(), 0L), team.safeCaseload()))
                .toList();
        return new TeamWorkload(team, workers, children.countUnallocatedInTeam(teamId));
    }

    private List<ChildSummary> summaries(List<Child> page) {
        Set<Long> workerIds = new HashSet<>();
        page.forEach(c -> {
            if (c.allocatedWorkerId() != null) {
                workerIds.add(c.allocatedWorkerId());
            }
        });
        Map<Long, String> workerNames = organisation.staffNames(workerIds);
        Map<Long, String> teamNames = organisation.teams().stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        return page.stream()
                .map(c -> c.summary(teamNames.getOrDefault(c.teamId(), ""),
                        c.allocatedWorkerId() == null ? null : workerNames.get(c.allocatedWorkerId())))
                .toList();
    }
}
