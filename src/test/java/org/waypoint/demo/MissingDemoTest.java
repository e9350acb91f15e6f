package org.waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.IntegrationTest;

/** The demo year of missing episodes gives each demo account something to act on and the panel patterns. */
@IntegrationTest
class MissingDemoTest {

    @Autowired
    JdbcTemplate jdbc;

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static final String SW_CHILD = """
            join child c on c.id = e.child_id join staff s on s.id = c.allocated_worker_id and s.username = 'sw'""";

    @Test
    void swHasAChildMissingNowAndTwoInterviewsDueWithinTheirHours() {
        Timestamp threeDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(72)));
        assertThat(count("select count(*) from missing_episode e " + SW_CHILD + " where e.returned_at is null"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from missing_episode e " + SW_CHILD + " where e.returned_at > ?"
                + " and not exists (select 1 from return_interview ri where ri.episode_id = e.id)", threeDaysAgo))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("""
                select count(*) from missing_episode e join child c on c.id = e.child_id
                join staff m on m.team_id = c.team_id and m.username = 'tm'
                where e.returned_at < ? and not exists (select 1 from return_interview ri where ri.episode_id = e.id)""",
                threeDaysAgo)).as("an overdue interview in tm's team").isGreaterThanOrEqualTo(1);
    }

    @Test
    void interviewsAreMostlyInTimeWithSomeLateDeclinedAndNotHeld() {
        long held = count("select count(*) from return_interview where outcome = 'HELD'");
        long inTime = count("select count(*) from return_interview where outcome = 'HELD' and within_deadline = true");
        assertThat(held).isGreaterThan(40);
        assertThat(inTime).isLessThan(held).isGreaterThan(held / 2);
        assertThat(count("select count(*) from return_interview where outcome = 'DECLINED'")).isPositive();
        assertThat(count("select count(*) from return_interview where outcome = 'NOT_HELD' and not_held_reason is not null"
                + " and decided_by is not null")).isPositive();
        assertThat(count("select count(*) from return_interview where by_allocated_worker = true and interviewer_reason is null"))
                .isZero();
    }

    @Test
    void someChildrenGoMissingRepeatedlyAndNameTheSamePlacesAndPeople() {
        assertThat(count("""
                select count(*) from (select child_id from missing_episode group by child_id having count(*) >= 3) r"""))
                .isGreaterThanOrEqualTo(5);
        for (String kind : new String[] {"PLACE", "PERSON"}) {
            assertThat(count("""
                    select count(*) from (
                      select m.name_key from return_interview_mention m
                      join return_interview ri on ri.id = m.interview_id join missing_episode e on e.id = ri.episode_id
                      where m.kind = ? group by m.name_key having count(distinct e.child_id) > 1) shared""", kind))
                    .as(kind).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void noChildIsInTwoEpisodesAtOnce() {
        assertThat(count("""
                select count(*) from missing_episode a join missing_episode b
                  on a.child_id = b.child_id and a.id <> b.id
                 and a.missing_from < coalesce(b.returned_at, a.missing_from + interval '1' day * 10000)
                 and b.missing_from < coalesce(a.returned_at, b.missing_from + interval '1' day * 10000)""")).isZero();
    }
}
