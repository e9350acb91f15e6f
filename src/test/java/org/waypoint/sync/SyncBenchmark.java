package org.waypoint.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waypoint.StatementCounter;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.children.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A day's offline work arriving at once: 500 queued changes in one request (100 return interviews, two edits to
 * each of 100 plans, four section edits to each of 50 pathway plans), then the same request again as after a lost
 * response. Prints the server time, CPU time and SQL statements of each; asserts nothing about time, only that every
 * change was applied exactly once and the second send changed nothing. Run one class a JVM, so neither runs on code
 * the other compiled: {@code ./mvnw -Pbench test -Dtest=SyncBench} (H2), {@code -Dtest=SyncPostgresBench}.
 */
abstract class SyncBenchmark {

    static final int CHILDREN = 100;
    static final int PLAN_EDITS = 2;
    static final int CARE_LEAVERS = 50;
    static final List<String> SECTIONS = List.of("HEALTH", "EDUCATION_TRAINING", "RELATIONSHIPS", "IDENTITY");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        return request.with(TestUsers.as(accounts, user)).with(csrf());
    }

    String created(String user, String path, String body) throws Exception {
        return json.readTree(mvc.perform(as(post(path), user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();
    }

    /** A worker's queued changes and the records they are for. */
    record Day(List<String> mutations, List<String> episodes, List<String> plans, List<String> pathwayPlans) {

        String body(String device) {
            return "{\"deviceId\":\"" + device + "\",\"mutations\":[" + String.join(",", mutations) + "]}";
        }
    }

    @Test
    void fiveHundredQueuedChangesSyncOnceEvenWhenSentTwice() throws Exception {
        TestCouncil.Unit unit = council.unit();
        // a running server has compiled its code: warm it with a smaller day on other records first
        Day warmUp = day(unit, CHILDREN / 5, CARE_LEAVERS / 5);
        send(unit.worker(), warmUp.body("warm-up-tablet"), "warm-up", warmUp.mutations().size());
        Day day = day(unit, CHILDREN, CARE_LEAVERS);
        List<String> mutations = day.mutations();
        String body = day.body("bench-tablet");

        JsonNode first = send(unit.worker(), body, "first send", mutations.size());
        JsonNode second = send(unit.worker(), body, "sent again", mutations.size());

        assertThat(count(first, "applied")).isEqualTo(mutations.size());
        assertThat(count(second, "duplicate")).isEqualTo(mutations.size());
        // exactly once each: one interview per episode, one version per plan with the last edit, every section once
        assertThat(jdbc.queryForObject("select count(*) from return_interview where episode_id in ("
                + in(day.episodes()) + ")", Integer.class)).isEqualTo(CHILDREN);
        assertThat(jdbc.queryForObject("select count(*) from plan_version where plan_id in (select plan_id from "
                + "plan_version where id in (" + in(day.plans()) + ")) and contingency = 'Edit " + (PLAN_EDITS - 1)
                + " made at school'", Integer.class)).isEqualTo(CHILDREN);
        assertThat(jdbc.queryForObject("select count(*) from plan_version where plan_id in (select plan_id from "
                + "plan_version where id in (" + in(day.plans()) + "))", Integer.class)).isEqualTo(CHILDREN);
        assertThat(jdbc.queryForObject("select count(*) from pathway_version where plan_id in (select plan_id from "
                + "pathway_version where id in (" + in(day.pathwayPlans()) + "))", Integer.class))
                .isEqualTo(CARE_LEAVERS);
        assertThat(jdbc.queryForObject("select count(*) from pathway_section where version_id in ("
                + in(day.pathwayPlans()) + ") and young_person_views like 'My words %'", Integer.class))
                .isEqualTo(CARE_LEAVERS * SECTIONS.size());
        assertThat(jdbc.queryForObject("select count(*) from sync_mutation where device_id = 'bench-tablet' and "
                + "staff_id = ?", Integer.class, unit.workerId())).isEqualTo(mutations.size());
        System.out.printf("Sync: %d changes (%d return interviews, %d plan edits, %d pathway sections), each on the "
                        + "server exactly once after two sends (0 duplicates)%n", mutations.size(), CHILDREN,
                CHILDREN * PLAN_EDITS, CARE_LEAVERS * SECTIONS.size());
    }

    /** For each child a return interview and plan edits, for each care leaver pathway sections, in that order. */
    private Day day(TestCouncil.Unit unit, int children, int careLeavers) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Day day = new Day(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < children; i++) {
            UUID child = council.child(unit);
            String episode = created(unit.worker(), "/api/v1/children/" + child + "/missing-episodes", """
                    {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}"""
                    .formatted(now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(20))));
            day.episodes().add(episode);
            day.mutations().add(SyncApiContract.mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, """
                    {"offeredAt":"%s","heldAt":"%s","interviewerId":%d,"accepted":true,"whereabouts":"In town",
                     "withWhom":"Friends","childsWords":"I wanted to see my friends %d.","strategyDiscussionNeeded":false}"""
                    .formatted(now.minus(Duration.ofHours(10)), now.minus(Duration.ofHours(9)), unit.managerId(), i)));
            String plan = created(unit.worker(), "/api/v1/children/" + child + "/plans", "{\"type\":\"CIN\"}");
            day.plans().add(plan);
            for (long version = 0; version < PLAN_EDITS; version++) {
                day.mutations().add(SyncApiContract.mutation(UUID.randomUUID(), "PLAN", plan, version,
                        "{\"contingency\":\"Edit %d made at school\"}".formatted(version)));
            }
        }
        for (int i = 0; i < careLeavers; i++) {
            UUID youngPerson = council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER,
                    LocalDate.now().minusYears(18));
            String plan = created(unit.worker(), "/api/v1/children/" + youngPerson + "/pathway-plans", "{}");
            day.pathwayPlans().add(plan);
            for (int version = 0; version < SECTIONS.size(); version++) {
                day.mutations().add(SyncApiContract.mutation(UUID.randomUUID(), "PATHWAY_SECTION", plan,
                        (long) version, """
                        {"matter":"%s","section":{"needs":"Needs talked about at the cafe","youngPersonViews":"My words %d"}}"""
                                .formatted(SECTIONS.get(version), version)));
            }
        }
        return day;
    }

    private JsonNode send(String user, String body, String label, int changes) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        StatementCounter.Counted<String> response = StatementCounter.counting(() -> {
            try {
                return mvc.perform(as(post("/api/v1/sync"), user).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long ms = (System.nanoTime() - started) / 1_000_000;
        // CPU time of the request's thread: steadier than the clock on a shared machine (the database's own work
        // is in it on H2, not on PostgreSQL)
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf("Sync %s: %d ms server time (%d ms CPU), %d SQL statements (%.2f ms and %.1f statements a "
                        + "change; %s, load average %.1f)%n", label, ms, cpuMs, response.statements(),
                (double) ms / changes, (double) response.statements() / changes, getClass().getSimpleName(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return json.readTree(response.result()).path("results");
    }

    private static String in(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private static long count(JsonNode results, String status) {
        long n = 0;
        for (JsonNode r : results) {
            if (status.equals(r.path("status").asString())) {
                n++;
            }
        }
        return n;
    }
}
