package org.waypoint.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waypoint.TestUsers;
import org.waypoint.oversight.CaseloadService;
import org.waypoint.oversight.ComplianceService;
import org.waypoint.security.RunAs;

/**
 * The oversight benchmark (docs/performance.md), not a test: run with {@code ./mvnw -Pbench test} (or
 * {@code bench/run}) against a council made by {@code bench/generate}. For each endpoint and dashboard it times
 * the server side (MockMvc: security, service, SQL, JSON or CSV; no network) as the head of service over the whole
 * authority, and in the same run a hand-written SQL GROUP BY giving the same figures, then prints the median, the
 * 95th percentile and the ratio. Database: {@code bench.url} (default PostgreSQL, schema {@code bench}).
 */
@ActiveProfiles("postgres")
@SpringBootTest(properties = {
        "spring.datasource.url=${bench.url:jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench}",
        "spring.datasource.username=${bench.username:postgres}",
        "spring.datasource.password=",
        "spring.flyway.schemas=${bench.schema:bench}",
        "waypoint.demo-data=false"
})
@AutoConfigureMockMvc
class OversightBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 10);
    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final String HEAD_OF_SERVICE = System.getProperty("bench.user", "hos");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    CaseloadService caseloads;
    @Autowired
    ComplianceService compliance;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    record Timing(String name, double median, double p95) {
    }

    @Test
    void measure() throws IOException {
        RequestPostProcessor hos = TestUsers.as(accounts, HEAD_OF_SERVICE);
        List<Long> teams = jdbc.getJdbcTemplate().queryForList("select id from team", Long.class);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Oversight benchmark, %s, as at %s: %d teams, %d children (%d open), "
                        + "%d supervision records, %d missing episodes, %d plans (%d actions), %d pathway plans; "
                        + "%d runs after %d to warm up%n",
                jdbc.getJdbcTemplate().queryForObject("select version()", String.class).split(",")[0], today,
                teams.size(), count("select count(*) from child"),
                count("select count(*) from child where closed_on is null"), count("select count(*) from supervision"),
                count("select count(*) from missing_episode"), count("select count(*) from plan"),
                count("select count(*) from plan_action"), count("select count(*) from pathway_plan"), RUNS, WARM_UP));
        out.append(String.format(Locale.ROOT, "%-44s %9s %9s %12s %7s%n", "", "median ms", "p95 ms", "raw SQL ms",
                "ratio"));

        Timing caseloadSql = time("caseloads: SQL", () -> caseloadSql(teams, today));
        Timing complianceSql = time("compliance: SQL", () -> complianceSql(teams, today));
        row(out, time("GET /api/v1/oversight/caseloads", () -> call(hos, "/api/v1/oversight/caseloads?asOf=" + today)),
                caseloadSql);
        row(out, time("GET /api/v1/oversight/caseloads.csv",
                () -> call(hos, "/api/v1/oversight/caseloads.csv?asOf=" + today)), caseloadSql);
        row(out, time("GET /api/v1/oversight/compliance",
                () -> call(hos, "/api/v1/oversight/compliance?asOf=" + today)), complianceSql);
        row(out, time("GET /api/v1/oversight/compliance.csv",
                () -> call(hos, "/api/v1/oversight/compliance.csv?asOf=" + today)), complianceSql);
        // What each dashboard asks of its service when it opens: the day chosen and the day compared with.
        LocalDate earlier = today.minusMonths(2);
        row(out, time("Caseloads dashboard (today and 2 months ago)", () -> runAs.user(HEAD_OF_SERVICE, () -> {
            caseloads.caseloads(today);
            return caseloads.caseloads(earlier);
        })), time("caseloads dashboard: SQL", () -> {
            caseloadSql(teams, today);
            caseloadSql(teams, earlier);
        }));
        LocalDate monthAgo = today.minusMonths(1);
        row(out, time("Compliance dashboard (today and a month ago)", () -> runAs.user(HEAD_OF_SERVICE,
                () -> compliance.compliance(List.of(today, monthAgo)))), time("compliance dashboard: SQL", () -> {
            complianceSql(teams, today);
            complianceSql(teams, monthAgo);
        }));
        System.out.print(out);
        Path results = Path.of("target", "bench-results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out);
    }

    private long count(String sql) {
        return jdbc.getJdbcTemplate().queryForObject(sql, Long.class);
    }

    private static void row(StringBuilder out, Timing endpoint, Timing sql) {
        out.append(String.format(Locale.ROOT, "%-44s %9.1f %9.1f %12.1f %6.1fx%n", endpoint.name(), endpoint.median(),
                endpoint.p95(), sql.median(), endpoint.median() / sql.median()));
    }

    private void call(RequestPostProcessor user, String path) {
        try {
            mvc.perform(get(path).with(user)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timing time(String name, Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(name, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]);
    }

    /** Average, range and workers per team, straight from the allocation history: the figure the endpoint gives. */
    private void caseloadSql(List<Long> teams, LocalDate day) {
        jdbc.queryForList("""
                        select team_id, count(*) as workers, sum(fte) as fte, sum(cases) as open_cases,
                               round(sum(cases) / sum(fte), 1) as average, min(cases) as fewest, max(cases) as most
                        from (select a.team_id, a.worker_id, s.fte, count(*) as cases
                              from child_allocation a
                              join child c on c.id = a.child_id
                              join staff s on s.id = a.worker_id
                              where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
                                and c.opened_on <= :day and (c.closed_on is null or c.closed_on > :day)
                                and s.role in ('SOCIAL_WORKER', 'PERSONAL_ADVISER') and a.team_id in (:teams)
                              group by a.team_id, a.worker_id, s.fte) w
                        group by team_id""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("day", Date.valueOf(day)).addValue("teams", teams));
    }

    /**
     * Per team: plans up to date by type and complete plans (one pass over the plans' summaries, without the look-up
     * of the versions of then for plans changed since a past day), pathway plans reviewed within 6 months, workers
     * supervised in time, children discussed in time, return interviews within 72 hours.
     */
    private void complianceSql(List<Long> teams, LocalDate day) {
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("day", Date.valueOf(day)).addValue("teams", teams)
                .addValue("since", Date.valueOf(day.minusDays(90)))
                .addValue("from", Timestamp.valueOf(day.minusMonths(3).plusDays(1).atStartOfDay()))
                .addValue("to", Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
                .addValue("monthBefore", Date.valueOf(day.minusMonths(1)))
                .addValue("sixMonths", Timestamp.valueOf(day.minusMonths(6).atStartOfDay()));
        jdbc.queryForList("""
                select c.team_id, s.plan_type, count(*) as plans,
                       sum(case when s.review_due >= :day or (s.approved_at is null and s.started_on > :monthBefore)
                                then 1 else 0 end) as up_to_date,
                       sum(case when s.action_count > 0 then 1 else 0 end) as with_actions,
                       sum(case when s.action_count > 0 and s.complete_count = s.action_count then 1 else 0 end)
                from plan_summary s join child c on c.id = s.child_id
                where c.team_id in (:teams) and (c.closed_on is null or c.closed_on > :day) and s.started_on <= :day
                group by c.team_id, s.plan_type""", params);
        jdbc.queryForList("""
                select c.team_id, count(*) as plans,
                       sum(case when exists (select 1 from pathway_version v where v.plan_id = p.id
                                             and v.approved_at >= :sixMonths and v.approved_at < :to) then 1 else 0 end)
                from pathway_plan p join child c on c.id = p.child_id
                where c.team_id in (:teams) and (c.closed_on is null or c.closed_on > :day) and p.started_on <= :day
                group by c.team_id""", params);
        jdbc.queryForList("""
                select h.team_id, count(*) as workers,
                       sum(case when exists (select 1 from supervision s where s.supervisee_id = h.worker_id
                                               and s.held_on <= :day and s.next_due_on >= :day) then 1 else 0 end)
                from (select distinct a.team_id, a.worker_id from child_allocation a join staff st on st.id = a.worker_id
                      where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
                        and st.role in ('SOCIAL_WORKER', 'PERSONAL_ADVISER') and a.team_id in (:teams)) h
                group by h.team_id""", params);
        jdbc.queryForList("""
                select a.team_id, count(*) as children,
                       sum(case when c.opened_on + 90 >= :day or ld.last_held + 90 >= :day then 1 else 0 end)
                from child_allocation a join child c on c.id = a.child_id
                left join (select child_id, max(held_on) as last_held from case_discussion
                           where held_on <= :day and held_on >= :since group by child_id) ld on ld.child_id = a.child_id
                where a.worker_id is not null and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
                  and a.team_id in (:teams)
                group by a.team_id""", params);
        jdbc.queryForList("""
                select c.team_id, count(*) as held, sum(case when ri.within_deadline then 1 else 0 end) as in_time
                from return_interview ri join missing_episode e on e.id = ri.episode_id join child c on c.id = e.child_id
                where ri.outcome = 'HELD' and e.missing_from >= :from and e.missing_from < :to and c.team_id in (:teams)
                group by c.team_id""", params);
    }
}
