package org.waypoint.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.waypoint.children.Category;
import org.waypoint.children.LegalStatus;
import org.waypoint.common.Dates;
import org.waypoint.demo.CouncilShape.Area;
import org.waypoint.demo.CouncilShape.Person;
import org.waypoint.demo.CouncilShape.TeamShape;
import org.waypoint.security.Role;

/**
 * Writes a council of a given shape straight into the database with batched inserts: the organisation, staff
 * and children with a believable allocation history going back up to three years. Direct SQL rather than the
 * services because history has to be back-dated, and because the same generator fills benchmark databases
 * with tens of thousands of children.
 */
final class CouncilGenerator {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final RandomGenerator random;
    private final LocalDate today;
    private final String passwordHash;
    private final Set<String> usernames = new HashSet<>();
    /** The first team generated: where, in a real council, most children's cases start. */
    private @Nullable GeneratedTeam frontDoor;

    CouncilGenerator(JdbcTemplate jdbc, RandomGenerator random, LocalDate today, String passwordHash) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.random = random;
        this.today = today;
        this.passwordHash = passwordHash;
    }

    /** What was generated, for later steps (plans, supervision) to build on. */
    record Council(List<GeneratedTeam> teams, long headOfServiceId, List<ChildRow> children) {
    }

    record GeneratedTeam(long id, String name, long serviceAreaId, long managerId, List<Long> practitionerIds,
                         boolean personalAdvisers) {
    }

    record ChildRow(UUID id, LocalDate dateOfBirth, Category category, LocalDate openedOn, @Nullable LocalDate closedOn,
                    long teamId, @Nullable Long workerId) {
    }

    private record Allocation(UUID childId, long teamId, @Nullable Long workerId, LocalDate from, @Nullable LocalDate to) {
    }

    Council generate(CouncilShape shape, Person admin, Person headOfService) {
        insertStaff(admin.username(), admin.displayName(), Role.ADMIN, null, BigDecimal.ONE, null);
        List<GeneratedTeam> teams = new ArrayList<>();
        List<Long> areaIds = new ArrayList<>();
        List<ChildRow> children = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        for (Area area : shape.areas()) {
            long areaId = insert("insert into service_area (name) values (?)", area.name());
            areaIds.add(areaId);
            for (TeamShape teamShape : area.teams()) {
                GeneratedTeam team = generateTeam(areaId, teamShape, shape.closedPerThousandOpen(), children,
                        allocations);
                teams.add(team);
                if (frontDoor == null) {
                    frontDoor = team;
                }
            }
        }
        long hos = insertStaff(headOfService.username(), headOfService.displayName(), Role.HEAD_OF_SERVICE, null,
                BigDecimal.ONE, null);
        jdbc.batchUpdate("insert into staff_service_area (staff_id, service_area_id) values (?, ?)",
                areaIds.stream().map(a -> new Object[] {hos, a}).toList());
        writeChildren(children, allocations);
        return new Council(teams, hos, children);
    }

    private GeneratedTeam generateTeam(long areaId, TeamShape shape, int closedPerThousandOpen,
                                       List<ChildRow> children, List<Allocation> allocations) {
        long teamId = insert("insert into team (name, service_area_id, safe_caseload) values (?, ?, ?)",
                shape.name(), areaId, shape.safeCaseload());
        Person manager = shape.manager() != null ? shape.manager() : generatedPerson();
        long managerId = insertStaff(manager.username(), manager.displayName(), Role.TEAM_MANAGER, teamId,
                BigDecimal.ONE, today.minusYears(8 + random.nextInt(15)));
        Role role = shape.personalAdvisers() ? Role.PERSONAL_ADVISER : Role.SOCIAL_WORKER;
        List<Long> practitioners = new ArrayList<>();
        for (int i = 0; i < shape.practitioners(); i++) {
            boolean fixed = i < shape.fixedWorkers().size();
            Person person = fixed ? shape.fixedWorkers().get(i) : generatedPerson();
            boolean partTime = !fixed && random.nextInt(5) == 0;
            BigDecimal fte = partTime ? new BigDecimal(random.nextBoolean() ? "0.5" : "0.8") : BigDecimal.ONE;
            // The last practitioner of a larger team is newly qualified, to show the tighter supervision rule.
            boolean newlyQualified = !fixed && i == shape.practitioners() - 1 && shape.practitioners() >= 5;
            LocalDate qualifiedOn = role == Role.PERSONAL_ADVISER && !fixed ? null
                    : newlyQualified ? today.minusDays(20 + random.nextInt(120))
                    : today.minusYears(2 + random.nextInt(15)).minusDays(random.nextInt(365));
            long workerId = insertStaff(person.username(), person.displayName(), role, teamId, fte, qualifiedOn);
            practitioners.add(workerId);
            int cases = fixed ? shape.meanCaseload()
                    : newlyQualified ? 3 + random.nextInt(4)
                    : (int) Math.round(shape.meanCaseload() * fte.doubleValue() * (0.55 + random.nextDouble() * 0.9));
            for (int c = 0; c < cases; c++) {
                addChild(shape, teamId, workerId, children, allocations);
            }
        }
        for (int c = 0; c < shape.heldByManager(); c++) {
            addChild(shape, teamId, managerId, children, allocations);
        }
        for (int c = 0; c < shape.unallocated(); c++) {
            addChild(shape, teamId, null, children, allocations);
        }
        // Closed cases (one in eight for the demo), so that figures "as at" a past date differ from today's.
        int closed = Math.max(1, (shape.practitioners() * shape.meanCaseload() * closedPerThousandOpen) / 1000);
        for (int c = 0; c < closed; c++) {
            addClosedChild(shape, teamId, practitioners.get(random.nextInt(practitioners.size())), children, allocations);
        }
        return new GeneratedTeam(teamId, shape.name(), areaId, managerId, practitioners, shape.personalAdvisers());
    }

    private void addChild(TeamShape shape, long teamId, @Nullable Long workerId, List<ChildRow> children,
                          List<Allocation> allocations) {
        Category category = pick(shape.categoryWeights());
        LocalDate dob = dateOfBirth(shape, category);
        LocalDate opened = between(later(dob, today.minusYears(3)), today.minusDays(workerId == null ? 1 : 8));
        UUID id = UUID.nameUUIDFromBytes(("child-" + children.size() + "-" + random.nextLong()).getBytes());
        children.add(new ChildRow(id, dob, category, opened, null, teamId, workerId));
        LocalDate joined = opened;
        // A third of the children of later teams started at the front door and were transferred on.
        if (frontDoor != null && workerId != null && random.nextInt(3) == 0
                && ChronoUnit.DAYS.between(opened, today) > 40) {
            joined = between(opened.plusDays(14), today.minusDays(20));
            long frontWorker = frontDoor.practitionerIds().get(random.nextInt(frontDoor.practitionerIds().size()));
            allocations.add(new Allocation(id, frontDoor.id(), null, opened, opened.plusDays(2)));
            allocations.add(new Allocation(id, frontDoor.id(), frontWorker, opened.plusDays(2), joined));
        }
        if (workerId == null) {
            allocations.add(new Allocation(id, teamId, null, joined, null));
        } else {
            LocalDate allocated = joined.plusDays(Math.min(random.nextInt(10), ChronoUnit.DAYS.between(joined, today)));
            allocations.add(new Allocation(id, teamId, null, joined, allocated));
            allocations.add(new Allocation(id, teamId, workerId, allocated, null));
        }
    }

    private void addClosedChild(TeamShape shape, long teamId, long workerId, List<ChildRow> children,
                                List<Allocation> allocations) {
        Category category = pick(shape.categoryWeights());
        LocalDate dob = dateOfBirth(shape, category).minusYears(1);
        LocalDate closed = today.minusDays(20 + random.nextInt(340));
        LocalDate opened = between(later(dob, closed.minusYears(2)), closed.minusDays(30));
        UUID id = UUID.nameUUIDFromBytes(("closed-" + children.size() + "-" + random.nextLong()).getBytes());
        children.add(new ChildRow(id, dob, category, opened, closed, teamId, null));
        allocations.add(new Allocation(id, teamId, workerId, opened, closed));
    }

    private void writeChildren(List<ChildRow> children, List<Allocation> allocations) {
        jdbc.batchUpdate("""
                        insert into child (id, given_name, family_name, date_of_birth, category, opened_on, closed_on,
                                           team_id, allocated_worker_id, legal_status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", children, 1000,
                (ps, c) -> {
                    ps.setObject(1, c.id());
                    ps.setString(2, Names.given(random));
                    ps.setString(3, Names.family(random));
                    ps.setDate(4, Date.valueOf(c.dateOfBirth()));
                    ps.setString(5, c.category().name());
                    ps.setDate(6, Date.valueOf(c.openedOn()));
                    ps.setDate(7, c.closedOn() == null ? null : Date.valueOf(c.closedOn()));
                    ps.setLong(8, c.teamId());
                    ps.setObject(9, c.workerId());
                    LegalStatus status = legalStatus(c);
                    ps.setString(10, status == null ? null : status.name());
                });
        // The status as recorded by the worker when the case opened, so the chronology starts with it.
        jdbc.batchUpdate("""
                        insert into child_legal_status_change (child_id, legal_status, changed_at, changed_by)
                        values (?, ?, ?, ?)""", children.stream().filter(c -> legalStatus(c) != null && c.workerId() != null).toList(),
                1000, (ps, c) -> {
                    ps.setObject(1, c.id());
                    ps.setString(2, legalStatus(c).name());
                    ps.setTimestamp(3, Timestamp.from(c.openedOn().atTime(10, 0).atZone(Dates.ZONE).toInstant()));
                    ps.setLong(4, c.workerId());
                });
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                        insert into child_allocation (child_id, team_id, worker_id, valid_from, valid_to, changed_at)
                        values (?, ?, ?, ?, ?, ?)""", allocations, 1000,
                (ps, a) -> {
                    ps.setObject(1, a.childId());
                    ps.setLong(2, a.teamId());
                    ps.setObject(3, a.workerId());
                    ps.setDate(4, Date.valueOf(a.from()));
                    ps.setDate(5, a.to() == null ? null : Date.valueOf(a.to()));
                    ps.setTimestamp(6, now);
                });
    }

    /**
     * A legal status that fits the category, in believable proportions. Derived from the child's id rather than
     * drawn from the generator, so adding it left every other generated value (names, plans, visits) as it was.
     */
    static @Nullable LegalStatus legalStatus(ChildRow child) {
        int roll = Math.floorMod(child.id().hashCode(), 100);
        return switch (child.category()) {
            case CIN -> roll < 4 ? null : LegalStatus.CHILD_IN_NEED;
            case CP -> roll < 85 ? LegalStatus.CHILD_PROTECTION_PLAN : LegalStatus.INTERIM_CARE_ORDER;
            case CLA -> roll < 30 ? LegalStatus.SECTION_20
                    : roll < 45 ? LegalStatus.INTERIM_CARE_ORDER
                    : roll < 85 ? LegalStatus.FULL_CARE_ORDER
                    : roll < 93 ? LegalStatus.PLACEMENT_ORDER
                    : roll < 96 ? LegalStatus.REMAND
                    : roll < 98 ? LegalStatus.POLICE_PROTECTION
                    : LegalStatus.EMERGENCY_PROTECTION_ORDER;
            case CARE_LEAVER -> LegalStatus.LEFT_CARE;
        };
    }

    private LocalDate dateOfBirth(TeamShape shape, Category category) {
        int minAge = category == Category.CARE_LEAVER ? 16 : shape.minAge();
        int maxAge = category == Category.CARE_LEAVER ? 24 : shape.maxAge();
        if (category == Category.CARE_LEAVER && random.nextInt(5) > 0) {
            minAge = 18; // most care leavers are former relevant (18 and over)
        }
        int age = minAge + random.nextInt(maxAge - minAge + 1);
        return today.minusYears(age).minusDays(1 + random.nextInt(364));
    }

    private Category pick(Map<Category, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        // In enum order: Map.of iterates in an order that changes from run to run, and the demo must not.
        for (var entry : weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Person generatedPerson() {
        String given = Names.given(random);
        String family = Names.family(random);
        String base = (given + "." + family).toLowerCase();
        String username = base;
        for (int n = 2; usernames.contains(username); n++) {
            username = base + n;
        }
        return new Person(username, given + " " + family);
    }

    private long insertStaff(String username, String displayName, Role role, @Nullable Long teamId, BigDecimal fte,
                             @Nullable LocalDate qualifiedOn) {
        usernames.add(username);
        return insert("""
                        insert into staff (username, display_name, password_hash, role, team_id, fte, qualified_on)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                username, displayName, passwordHash, role.name(), teamId, fte,
                qualifiedOn == null ? null : Date.valueOf(qualifiedOn));
    }

    private long insert(String sql, @Nullable Object... params) {
        var keys = new GeneratedKeyHolder();
        var statement = client.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        statement.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
