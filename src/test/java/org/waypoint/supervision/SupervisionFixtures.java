package org.waypoint.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.TestCouncil;
import org.waypoint.organisation.NewStaff;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.Role;
import org.waypoint.security.RunAs;

/**
 * Test data for supervision: extra workers, back-dated allocation history (which the services only ever write for
 * today), and supervision records written through the real service as the team's manager.
 */
@Component
class SupervisionFixtures {

    private final TestCouncil council;
    private final OrganisationService organisation;
    private final SupervisionService supervision;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;

    SupervisionFixtures(TestCouncil council, OrganisationService organisation, SupervisionService supervision,
                        RunAs runAs, JdbcTemplate jdbc) {
        this.council = council;
        this.organisation = organisation;
        this.supervision = supervision;
        this.runAs = runAs;
        this.jdbc = jdbc;
    }

    /** A period in which a worker (or nobody) held the child; {@code to} is exclusive, null for "still". */
    record Held(@Nullable Long workerId, LocalDate from, @Nullable LocalDate to) {
    }

    long worker(TestCouncil.Unit unit, String suffix, @Nullable LocalDate qualifiedOn) {
        return council.asAdmin(() -> organisation.createStaff(new NewStaff(unit.prefix() + "-" + suffix,
                "Worker " + suffix + " " + unit.prefix(), TestCouncil.PASSWORD, Role.SOCIAL_WORKER, unit.teamId(),
                Set.of(), BigDecimal.ONE, qualifiedOn)).id());
    }

    /** Rewrites a child's allocation history and opening date, and sets the current holder to match. */
    void history(UUID childId, long teamId, LocalDate openedOn, Held... periods) {
        jdbc.update("delete from child_allocation where child_id = ?", childId);
        Long current = null;
        for (Held held : periods) {
            jdbc.update("""
                            insert into child_allocation (child_id, team_id, worker_id, valid_from, valid_to, changed_at)
                            values (?, ?, ?, ?, ?, ?)""",
                    childId, teamId, held.workerId(), held.from(), held.to(), Timestamp.from(Instant.now()));
            if (held.to() == null) {
                current = held.workerId();
            }
        }
        jdbc.update("update child set opened_on = ?, allocated_worker_id = ? where id = ?", openedOn, current, childId);
    }

    /** Records a supervision as the given manager, discussing the children with a one-line decision each. */
    SupervisionRecord supervise(String manager, long superviseeId, LocalDate heldOn, UUID... children) {
        return runAs.user(manager, () -> supervision.record(supervisionOf(superviseeId, heldOn, children)));
    }

    static NewSupervision supervisionOf(long superviseeId, LocalDate heldOn, UUID... children) {
        return new NewSupervision(superviseeId, heldOn, 60, "Reflected on a hard visit.", "Well.", "Manageable.",
                null, List.of(new NewSupervision.Action("Book recording time", "The worker", heldOn.plusDays(7))),
                java.util.Arrays.stream(children).map(child -> new NewSupervision.Discussion(child,
                        "Discussed progress.", "Continue the plan.", "It is working.", List.of())).toList());
    }
}
