package org.waypoint.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
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
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A day's offline work arriving at once: 500 queued changes (100 return interviews, and four successive edits to
 * each of 100 plans) in one request, then the same request again as after a lost response. Prints the server time
 * of each; asserts nothing about time, only that the second changes nothing. Run with
 * {@code ./mvnw -Pbench test -Dtest='Sync*Bench'}.
 */
abstract class SyncBenchmark {

    static final int CHILDREN = 100;
    static final int PLAN_EDITS = 4;

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

    @Test
    void fiveHundredQueuedChangesSyncOnceEvenWhenSentTwice() throws Exception {
        TestCouncil.Unit unit = council.unit();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> mutations = new ArrayList<>();
        List<UUID> episodes = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            UUID child = council.child(unit);
            String episode = created(unit.worker(), "/api/v1/children/" + child + "/missing-episodes", """
                    {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}"""
                    .formatted(now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(20))));
            episodes.add(UUID.fromString(episode));
            mutations.add(SyncApiContract.mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, """
                    {"offeredAt":"%s","heldAt":"%s","interviewerId":%d,"accepted":true,"whereabouts":"In town",
                     "withWhom":"Friends","childsWords":"I wanted to see my friends %d.","strategyDiscussionNeeded":false}"""
                    .formatted(now.minus(Duration.ofHours(10)), now.minus(Duration.ofHours(9)), unit.managerId(), i)));
            String plan = created(unit.worker(), "/api/v1/children/" + child + "/plans", "{\"type\":\"CIN\"}");
            for (long version = 0; version < PLAN_EDITS; version++) {
                mutations.add(SyncApiContract.mutation(UUID.randomUUID(), "PLAN", plan, version,
                        "{\"contingency\":\"Edit %d made at school\"}".formatted(version)));
            }
        }
        String body = "{\"deviceId\":\"bench-tablet\",\"mutations\":[" + String.join(",", mutations) + "]}";

        JsonNode first = send(unit.worker(), body, "first send");
        JsonNode second = send(unit.worker(), body, "sent again");

        assertThat(count(first, "applied")).isEqualTo(mutations.size());
        assertThat(count(second, "duplicate")).isEqualTo(mutations.size());
        int interviews = jdbc.queryForObject("select count(*) from return_interview where episode_id in ("
                + String.join(",", episodes.stream().map(e -> "'" + e + "'").toList()) + ")", Integer.class);
        assertThat(interviews).isEqualTo(CHILDREN);
        System.out.printf("Sync: %d changes, %d interviews on the server after two sends (0 duplicates)%n",
                mutations.size(), interviews);
    }

    private JsonNode send(String user, String body, String label) throws Exception {
        long started = System.nanoTime();
        String response = mvc.perform(as(post("/api/v1/sync"), user).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        System.out.printf("Sync %s: %d ms server time (%s)%n", label, (System.nanoTime() - started) / 1_000_000,
                getClass().getSimpleName());
        return json.readTree(response).path("results");
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
