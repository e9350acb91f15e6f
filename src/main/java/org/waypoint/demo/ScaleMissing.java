package org.waypoint.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.children.Category;
import org.waypoint.demo.CouncilGenerator.ChildRow;

/**
 * 20,000 missing episodes (at scale 1) over three years among open children aged 11 to 17, skewed as it is in
 * practice: one child in seven of them accounts for seven episodes in ten. Most interviews are held, most of those
 * within 72 hours; a team in four is slower; some are declined, a few not held, a few still due.
 */
@Component
@Order(40)
class ScaleMissing implements ScaleStep {

    private static final Duration DEADLINE = Duration.ofHours(72);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScaleMissing(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Episode(UUID id, UUID child, long worker, Instant from, @Nullable Instant returned) {
    }

    private record Interview(UUID episode, String outcome, Instant offered, @Nullable Instant held,
                             @Nullable Boolean inTime, long recorder, Instant recordedAt) {
    }

    @Override
    public void populate(CouncilGenerator.Council council, double scale, RandomGenerator random) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ChildRow> teenagers = council.children().stream()
                .filter(c -> c.closedOn() == null && c.workerId() != null && c.category() != Category.CARE_LEAVER)
                .filter(c -> c.dateOfBirth().isBefore(today.minusYears(11)))
                .toList();
        if (teenagers.isEmpty()) {
            return;
        }
        List<ChildRow> repeat = teenagers.subList(0, Math.max(1, teenagers.size() / 7));
        List<Episode> episodes = new ArrayList<>();
        List<Interview> interviews = new ArrayList<>();
        int total = (int) Math.round(20_000 * scale);
        for (int i = 0; i < total; i++) {
            ChildRow child = random.nextInt(10) < 7 ? repeat.get(random.nextInt(repeat.size()))
                    : teenagers.get(random.nextInt(teenagers.size()));
            Instant from = now.minus(Duration.ofMinutes(random.nextLong(3 * 365 * 24 * 60)));
            Instant back = from.plus(Duration.ofMinutes(90 + random.nextLong(72 * 60)));
            Instant returned = back.isAfter(now) ? null : back;
            var episode = new Episode(UUID.randomUUID(), child.id(), child.workerId(), from, returned);
            episodes.add(episode);
            if (returned == null) {
                continue;
            }
            int roll = random.nextInt(100);
            boolean slowTeam = child.teamId() % 4 == 0;
            Instant offered = returned.plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
            Instant held = returned.plus(random.nextInt(100) < (slowTeam ? 55 : 85)
                    ? Duration.ofMinutes(120 + random.nextInt(69 * 60))
                    : DEADLINE.plus(Duration.ofMinutes(1 + random.nextInt(5 * 24 * 60))));
            if (roll < 78 && !held.isAfter(now)) {
                interviews.add(new Interview(episode.id(), "HELD", offered, held,
                        !held.isAfter(returned.plus(DEADLINE)), child.workerId(), held));
            } else if (roll < 90 && !offered.isAfter(now)) {
                interviews.add(new Interview(episode.id(), "DECLINED", offered, null, null, child.workerId(), offered));
            } else if (roll < 95 && !offered.isAfter(now)) {
                interviews.add(new Interview(episode.id(), "NOT_HELD", offered, null, null, child.workerId(), offered));
            }
        }
        jdbc.batchUpdate("""
                        insert into missing_episode (id, child_id, missing_from, returned_at, reported_to_police,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, true, ?, ?)""", episodes, 1000, (ps, e) -> {
                    ps.setObject(1, e.id());
                    ps.setObject(2, e.child());
                    ps.setTimestamp(3, Timestamp.from(e.from()));
                    ps.setTimestamp(4, e.returned() == null ? null : Timestamp.from(e.returned()));
                    ps.setLong(5, e.worker());
                    ps.setTimestamp(6, Timestamp.from(e.from().plus(Duration.ofHours(1))));
                });
        jdbc.batchUpdate("""
                        insert into return_interview (id, episode_id, outcome, offered_at, held_at, within_deadline,
                            interviewer_name, declined_reason, not_held_reason, decided_by, childs_words,
                            strategy_discussion, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""", interviews, 1000, (ps, r) -> {
                    boolean held = r.held() != null;
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, r.episode());
                    ps.setString(3, r.outcome());
                    ps.setTimestamp(4, Timestamp.from(r.offered()));
                    ps.setTimestamp(5, held ? Timestamp.from(r.held()) : null);
                    ps.setObject(6, r.inTime());
                    ps.setString(7, held ? "Return interview service" : null);
                    ps.setString(8, r.outcome().equals("DECLINED") ? "Said they were fine." : null);
                    ps.setString(9, r.outcome().equals("NOT_HELD") ? "Moved out of the area on return." : null);
                    ps.setObject(10, r.outcome().equals("NOT_HELD") ? r.recorder() : null);
                    ps.setString(11, held ? "I was at a friend's." : null);
                    ps.setLong(12, r.recorder());
                    ps.setTimestamp(13, Timestamp.from(r.recordedAt()));
                });
    }
}
