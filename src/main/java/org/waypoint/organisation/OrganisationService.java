package org.waypoint.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.ConflictException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.PasswordPolicy;
import org.waypoint.security.Role;

/**
 * Service areas, teams and staff accounts. Administrators change them; anyone signed in may read names, which
 * screens need to show who owns an action or holds a case.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationService {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final BigDecimal MIN_FTE = new BigDecimal("0.1");

    private final ServiceAreaRepository serviceAreas;
    private final TeamRepository teams;
    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    OrganisationService(ServiceAreaRepository serviceAreas, TeamRepository teams, StaffRepository staff,
                        PasswordEncoder passwordEncoder, Clock clock) {
        this.serviceAreas = serviceAreas;
        this.teams = teams;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    // --- service areas

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ServiceAreaSummary createServiceArea(@Nullable String name) {
        new Problems().requireText(name, "name", "Name", 200).throwIfAny();
        String trimmed = name.trim();
        if (serviceAreas.existsByNameIgnoreCase(trimmed)) {
            throw new ConflictException("A service area called '" + trimmed + "' already exists");
        }
        return serviceAreas.save(new ServiceArea(trimmed)).summary();
    }

    public List<ServiceAreaSummary> serviceAreas() {
        return serviceAreas.findAllByOrderByName().stream().map(ServiceArea::summary).toList();
    }

    // --- teams

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TeamSummary createTeam(NewTeam team) {
        validateTeam(team.name(), team.serviceAreaId(), team.safeCaseload());
        String name = team.name().trim();
        if (teams.existsByServiceAreaIdAndNameIgnoreCase(team.serviceAreaId(), name)) {
            throw new ConflictException("This service area already has a team called '" + name + "'");
        }
        Team saved = teams.save(new Team(name, team.serviceAreaId(), team.safeCaseload()));
        return saved.summary(serviceAreaName(saved.serviceAreaId()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TeamSummary updateTeam(long teamId, long version, NewTeam change) {
        Team team = teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team"));
        if (team.version() != version) {
            throw new StaleVersionException("This team", team.version());
        }
        validateTeam(change.name(), change.serviceAreaId(), change.safeCaseload());
        team.update(change.name().trim(), change.serviceAreaId(), change.safeCaseload());
        teams.flush();
        return team.summary(serviceAreaName(team.serviceAreaId()));
    }

    private void validateTeam(@Nullable String name, @Nullable Long serviceAreaId, @Nullable Integer safeCaseload) {
        new Problems()
                .requireText(name, "name", "Name", 200)
                .require(serviceAreaId != null, "serviceAreaId", "Choose the service area")
                .require(serviceAreaId == null || serviceAreas.existsById(serviceAreaId), "serviceAreaId",
                        "No such service area")
                .require(safeCaseload == null || (safeCaseload >= 1 && safeCaseload <= 200), "safeCaseload",
                        "Safe caseload must be between 1 and 200, or left empty")
                .throwIfAny();
    }

    public List<TeamSummary> teams() {
        Map<Long, String> areaNames = serviceAreaNames();
        return teams.findAllByOrderByName().stream()
                .map(t -> t.summary(areaNames.getOrDefault(t.serviceAreaId(), "")))
                .toList();
    }

    public Optional<TeamSummary> team(long teamId) {
        return teams.findById(teamId).map(t -> t.summary(serviceAreaName(t.serviceAreaId())));
    }

    /** Teams the user oversees: a manager their team, a head of service the teams in their service areas. */
    public List<TeamSummary> teamsOverseenBy(CurrentUser user) {
        Set<Long> ids = teamIdsOverseenBy(user);
        return teams().stream().filter(t -> ids.contains(t.id())).toList();
    }

    public Set<Long> teamIdsOverseenBy(CurrentUser user) {
        return switch (user.role()) {
            case TEAM_MANAGER -> user.teamId() == null ? Set.of() : Set.of(user.teamId());
            case HEAD_OF_SERVICE -> user.serviceAreaIds().isEmpty() ? Set.of()
                    : new HashSet<>(teams.findIdsByServiceAreaIdIn(user.serviceAreaIds()));
            default -> Set.of();
        };
    }

    // --- staff

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffSummary createStaff(NewStaff account) {
        var problems = new Problems();
        String username = account.username() == null ? "" : account.username().trim().toLowerCase();
        problems.require(USERNAME.matcher(username).matches(), "username",
                "Username must be 2–100 characters: lower-case letters, digits, dot, dash or underscore");
        problems.requireText(account.displayName(), "displayName", "Name", 200);
        if (account.password() == null || account.password().isEmpty()) {
            problems.require(false, "password", "Password is required");
        } else {
            PasswordPolicy.problemWith(account.password(), username)
                    .ifPresent(message -> problems.require(false, "password", message));
        }
        Set<Long> areaIds = validateMembership(problems, account.role(), account.teamId(), account.serviceAreaIds(),
                account.fte(), account.qualifiedOn());
        problems.throwIfAny();
        if (staff.existsByUsername(username)) {
            throw new ConflictException("The username '" + username + "' is taken");
        }
        Staff saved = staff.save(new Staff(username, account.displayName().trim(),
                passwordEncoder.encode(account.password()), account.role(), teamFor(account.role(), account.teamId()),
                areaIds, account.fte(), account.qualifiedOn()));
        return saved.summary(teamName(saved.teamId()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffSummary updateStaff(long staffId, StaffChange change) {
        Staff member = staff.findById(staffId).orElseThrow(() -> new NotFoundException("Staff member"));
        if (member.version() != change.version()) {
            throw new StaleVersionException("This account", member.version());
        }
        var problems = new Problems();
        problems.requireText(change.displayName(), "displayName", "Name", 200);
        Set<Long> areaIds = validateMembership(problems, change.role(), change.teamId(), change.serviceAreaIds(),
                change.fte(), change.qualifiedOn());
        boolean newPassword = change.newPassword() != null && !change.newPassword().isEmpty();
        if (newPassword) {
            PasswordPolicy.problemWith(change.newPassword(), member.username())
                    .ifPresent(message -> problems.require(false, "password", message));
        }
        problems.throwIfAny();
        if (newPassword) {
            member.changePassword(passwordEncoder.encode(change.newPassword()));
        }
        member.update(change.displayName().trim(), change.role(), teamFor(change.role(), change.teamId()), areaIds,
                change.fte(), change.qualifiedOn(), change.active());
        staff.flush();
        return member.summary(teamName(member.teamId()));
    }

    private Set<Long> validateMembership(Problems problems, @Nullable Role role, @Nullable Long teamId,
                                         @Nullable Set<Long> serviceAreaIds, @Nullable BigDecimal fte,
                                         @Nullable LocalDate qualifiedOn) {
        problems.require(role != null, "role", "Choose a role");
        Set<Long> areaIds = serviceAreaIds == null ? Set.of() : Set.copyOf(serviceAreaIds);
        if (role != null && role.belongsToTeam()) {
            problems.require(teamId != null, "teamId", role.label() + "s belong to a team: choose one");
            problems.require(teamId == null || teams.existsById(teamId), "teamId", "No such team");
        }
        if (role == Role.HEAD_OF_SERVICE) {
            problems.require(!areaIds.isEmpty(), "serviceAreaIds", "Choose at least one service area");
            problems.require(areaIds.isEmpty() || serviceAreas.findAllById(areaIds).size() == areaIds.size(),
                    "serviceAreaIds", "No such service area");
        }
        problems.require(fte != null, "fte", "FTE is required (1.0 is full time)");
        problems.require(fte == null || (fte.compareTo(MIN_FTE) >= 0 && fte.compareTo(BigDecimal.ONE) <= 0),
                "fte", "FTE must be between 0.1 and 1.0");
        problems.require(fte == null || fte.scale() <= 2, "fte", "FTE has at most two decimal places");
        problems.require(qualifiedOn == null || !qualifiedOn.isAfter(LocalDate.now(clock)), "qualifiedOn",
                "Qualification date cannot be in the future");
        problems.require(qualifiedOn == null || qualifiedOn.getYear() >= 1950, "qualifiedOn",
                "Qualification date is too far in the past");
        return role == Role.HEAD_OF_SERVICE ? areaIds : Set.of();
    }

    private static @Nullable Long teamFor(Role role, @Nullable Long teamId) {
        return role.belongsToTeam() ? teamId : null;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<StaffSummary> searchStaff(StaffFilter filter, Pageable pageable) {
        String search = filter.search() == null || filter.search().isBlank() ? null
                : "%" + filter.search().trim().toLowerCase() + "%";
        Page<Staff> page = staff.search(search, filter.role(), filter.teamId(), filter.activeOnly(), pageable);
        Map<Long, String> teamNames = teamNames();
        return page.map(s -> s.summary(s.teamId() == null ? null : teamNames.get(s.teamId())));
    }

    public Optional<StaffSummary> staffMember(long staffId) {
        return staff.findById(staffId).map(s -> s.summary(teamName(s.teamId())));
    }

    /** Active members of a team, for allocation and owner pickers. */
    public List<StaffSummary> teamMembers(long teamId) {
        String teamName = teamName(teamId);
        return staff.findByTeamIdAndActiveTrueOrderByDisplayName(teamId).stream().map(s -> s.summary(teamName)).toList();
    }

    public Map<Long, String> staffNames(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        return staff.findByIdIn(Set.copyOf(staffIds)).stream()
                .collect(Collectors.toMap(Staff::id, Staff::displayName));
    }

    private Map<Long, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
    }

    private Map<Long, String> serviceAreaNames() {
        return serviceAreas.findAll().stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
    }

    private @Nullable String teamName(@Nullable Long teamId) {
        return teamId == null ? null : teams.findById(teamId).map(Team::name).orElse(null);
    }

    private String serviceAreaName(long serviceAreaId) {
        return serviceAreas.findById(serviceAreaId).map(ServiceArea::name).orElse("");
    }
}
