package org.waypoint.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.demo.CouncilGenerator.ChildRow;
import org.waypoint.demo.CouncilGenerator.GeneratedTeam;
import org.waypoint.supervision.SupervisionPolicy;

/**
 * 30,000 supervision records (at scale 1) for the generated council: every practitioner and manager supervised
 * about monthly, back from today, each session discussing three of the worker's children. One team in five has
 * slipped (four sessions in ten late), the rest are late one time in ten, so compliance differs between teams.
 */
@Component
@Order(30)
class ScaleSupervision implements ScaleStep {

    private static final SupervisionPolicy POLICY = SupervisionPolicy.LGA_STANDARD;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScaleSupervision(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Session(UUID id, long supervisee, long supervisor, long team, LocalDate heldOn) {
    }

    private record Discussion(UUID id, UUID supervision, int position, UUID child, LocalDate heldOn) {
    }

    @Override
    public void populate(CouncilGenerator.Council council, double scale, RandomGenerator random) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<UUID>> openByWorker = council.children().stream()
                .filter(c -> c.closedOn() == null && c.workerId() != null)
                .collect(Collectors.groupingBy(ChildRow::workerId, Collectors.mapping(ChildRow::id, Collectors.toList())));
        int people = council.teams().stream().mapToInt(t -> t.practitionerIds().size() + 1).sum();
        int perPerson = (int) Math.round(30_000 * scale / people);
        List<Session> sessions = new ArrayList<>();
        List<Discussion> discussions = new ArrayList<>();
        for (int t = 0; t < council.teams().size(); t++) {
            GeneratedTeam team = council.teams().get(t);
            int latePercent = t % 5 == 0 ? 40 : 10;
            List<Long> supervisees = new ArrayList<>(team.practitionerIds());
            supervisees.add(team.managerId());
            for (long worker : supervisees) {
                long supervisor = worker == team.managerId() ? council.headOfServiceId() : team.managerId();
                List<UUID> children = openByWorker.getOrDefault(worker, List.of());
                LocalDate day = today.minusDays(random.nextInt(random.nextInt(100) < latePercent ? 60 : 28));
                for (int s = 0; s < perPerson; s++) {
                    var session = new Session(UUID.randomUUID(), worker, supervisor, team.id(), day);
                    sessions.add(session);
                    for (int d = 0; d < Math.min(3, children.size()); d++) {
                        discussions.add(new Discussion(UUID.randomUUID(), session.id(), d,
                                children.get((s * 3 + d) % children.size()), day));
                    }
                    boolean late = random.nextInt(100) < latePercent;
                    day = day.minusDays(late ? 35 + random.nextInt(25) : 20 + random.nextInt(9));
                }
            }
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate("""
                        insert into supervision (id, supervisee_id, supervisor_id, team_id, held_on, duration_minutes,
                            reflective_discussion, wellbeing, workload, next_due_on, recorded_by, recorded_at,
                            acknowledged_at)
                        values (?, ?, ?, ?, ?, 60, 'Reflected on the week''s visits.', 'Well.', 'Manageable.', ?, ?, ?, ?)""",
                sessions, 1000, (ps, s) -> {
                    ps.setObject(1, s.id());
                    ps.setLong(2, s.supervisee());
                    ps.setLong(3, s.supervisor());
                    ps.setLong(4, s.team());
                    ps.setDate(5, Date.valueOf(s.heldOn()));
                    ps.setDate(6, Date.valueOf(POLICY.nextSupervisionDue(s.heldOn(), null)));
                    ps.setLong(7, s.supervisor());
                    ps.setTimestamp(8, now);
                    ps.setTimestamp(9, now);
                });
        jdbc.batchUpdate("""
                        insert into case_discussion (id, supervision_id, position, child_id, held_on, discussion,
                            decision, rationale)
                        values (?, ?, ?, ?, ?, 'Progress against the plan.', 'Carry on.', 'The plan is working.')""",
                discussions, 1000, (ps, d) -> {
                    ps.setObject(1, d.id());
                    ps.setObject(2, d.supervision());
                    ps.setInt(3, d.position());
                    ps.setObject(4, d.child());
                    ps.setDate(5, Date.valueOf(d.heldOn()));
                });
    }
}
