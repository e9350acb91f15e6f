package org.waypoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.waypoint.children.Category;
import org.waypoint.children.ChildService;
import org.waypoint.children.NewChild;
import org.waypoint.organisation.NewStaff;
import org.waypoint.organisation.NewTeam;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.Role;
import org.waypoint.security.RunAs;

/**
 * Builds fresh, uniquely named organisation fixtures through the real services, on H2 or PostgreSQL, so a test
 * owns its data and never depends on (or disturbs) the demo council.
 */
@Component
public class TestCouncil {

    public static final String PASSWORD = "correct horse battery staple";
    private static final String ADMIN = "fixture-admin";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationService organisation;
    private final ChildService children;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    TestCouncil(OrganisationService organisation, ChildService children, RunAs runAs, JdbcTemplate jdbc,
                PasswordEncoder encoder) {
        this.organisation = organisation;
        this.children = children;
        this.runAs = runAs;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A service area with one team: its manager and two social workers, all with {@link #PASSWORD}. */
    public record Unit(long serviceAreaId, long teamId, String prefix, String manager, long managerId,
                       String worker, long workerId, String otherWorker, long otherWorkerId) {
    }

    public Unit unit() {
        String prefix = "t" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        return asAdmin(() -> teamIn(organisation.createServiceArea("Area " + prefix).id(), prefix));
    }

    /** Another team, with its manager and two social workers, in an existing service area. */
    public Unit teamIn(long area) {
        return asAdmin(() -> teamIn(area, "t" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)));
    }

    private Unit teamIn(long area, String prefix) {
        long team = organisation.createTeam(new NewTeam("Team " + prefix, area, 18)).id();
        long manager = staff(prefix + "-tm", Role.TEAM_MANAGER, team, Set.of());
        long worker = staff(prefix + "-sw", Role.SOCIAL_WORKER, team, Set.of());
        long other = staff(prefix + "-sw2", Role.SOCIAL_WORKER, team, Set.of());
        return new Unit(area, team, prefix, prefix + "-tm", manager, prefix + "-sw", worker, prefix + "-sw2", other);
    }

    public long headOfService(String username, Set<Long> serviceAreaIds) {
        return asAdmin(() -> staff(username, Role.HEAD_OF_SERVICE, null, serviceAreaIds));
    }

    public long staffMember(String username, Role role, long teamId) {
        return asAdmin(() -> staff(username, role, teamId, Set.of()));
    }

    /** A child registered in the team and allocated to the worker (or left unallocated when workerId is null). */
    public UUID child(long teamId, Long workerId, Category category, LocalDate dateOfBirth) {
        return asAdmin(() -> {
            UUID id = children.register(new NewChild("Test", "Child " + SEQUENCE.incrementAndGet(), dateOfBirth,
                    category, teamId, null)).id();
            if (workerId != null) {
                children.allocate(id, workerId);
            }
            return id;
        });
    }

    public UUID child(Unit unit) {
        return child(unit.teamId(), unit.workerId(), Category.CIN, LocalDate.now().minusYears(9));
    }

    public <T> T asAdmin(java.util.function.Supplier<T> work) {
        return runAs.user(administrator(), work);
    }

    private long staff(String username, Role role, Long teamId, Set<Long> areas) {
        return organisation.createStaff(new NewStaff(username, "Staff " + username, PASSWORD, role, teamId, areas,
                BigDecimal.ONE, LocalDate.now().minusYears(5))).id();
    }

    /** An administrator account for fixtures, created on first use (the PostgreSQL profile has no demo accounts). */
    public synchronized String administrator() {
        Integer count = jdbc.queryForObject("select count(*) from staff where username = ?", Integer.class, ADMIN);
        if (count == null || count == 0) {
            jdbc.update("insert into staff (username, display_name, password_hash, role, fte) values (?, ?, ?, 'ADMIN', 1.0)",
                    ADMIN, "Fixture administrator", encoder.encode(PASSWORD));
        }
        return ADMIN;
    }
}
