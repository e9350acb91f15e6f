package org.waypoint.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.audit.AuditEntryView;
import org.waypoint.audit.AuditFilter;
import org.waypoint.audit.AuditService;
import org.waypoint.security.RunAs;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The sync endpoint on H2 and PostgreSQL (subclasses): a replay is recognised, a stale base version becomes a
 * conflict copy and never overwrites, a worker without access is refused, an invalid payload is refused by field.
 */
abstract class SyncApiContract {

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
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;

    TestCouncil.Unit unit;
    UUID child;
    String episode;
    Instant now;

    @BeforeEach
    void newTeamWithAReturnedChild() throws Exception {
        unit = council.unit();
        child = council.child(unit);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = mvc.perform(as(post("/api/v1/children/" + child + "/missing-episodes"), unit.worker())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}"""
                                .formatted(now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(20)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        episode = json.readTree(body).path("id").asString();
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        return request.with(TestUsers.as(accounts, user)).with(csrf());
    }

    /** A held interview as a tablet captures it. */
    String interview(String words) {
        return """
                {"offeredAt":"%s","heldAt":"%s","interviewerId":%d,"accepted":true,
                 "whereabouts":"At a friend's flat in town","withWhom":"Friends from school",
                 "childsWords":"%s","strategyDiscussionNeeded":false}"""
                .formatted(now.minus(Duration.ofHours(10)), now.minus(Duration.ofHours(9)), unit.managerId(), words);
    }

    static String mutation(UUID id, String type, String entity, Long baseVersion, String payload) {
        return """
                {"mutationId":"%s","type":"%s","entityId":"%s","baseVersion":%s,"payload":%s}"""
                .formatted(id, type, entity, baseVersion, payload);
    }

    ResultActions sync(String user, String... mutations) throws Exception {
        return mvc.perform(as(post("/api/v1/sync"), user).contentType(MediaType.APPLICATION_JSON)
                .content("{\"deviceId\":\"tablet-1\",\"mutations\":[" + String.join(",", mutations) + "]}"));
    }

    int interviewsOfEpisode() {
        return jdbc.queryForObject("select count(*) from return_interview where episode_id = ?", Integer.class,
                UUID.fromString(episode));
    }

    @Test
    void anEpisodeReportedOfflineAndItsInterviewArriveTogetherOnce() throws Exception {
        UUID episodeId = UUID.randomUUID();
        String reported = mutation(UUID.randomUUID(), "MISSING_EPISODE", child.toString(), null, """
                {"id":"%s","missingFrom":"%s","returnedAt":"%s","reportedToPolice":true,"policeReference":"NP-1",
                 "reportedBy":"Foster carer"}"""
                .formatted(episodeId, now.minus(Duration.ofHours(60)), now.minus(Duration.ofHours(50))));
        String interviewed = mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episodeId.toString(), null,
                interview("I went to the beach with my cousin."));
        for (String outcome : new String[] {"applied", "duplicate"}) {
            sync(unit.worker(), reported, interviewed)
                    .andExpect(jsonPath("$.results[0].status").value(outcome))
                    .andExpect(jsonPath("$.results[1].status").value(outcome));
        }
        assertThat(jdbc.queryForObject("select count(*) from missing_episode where id = ? and child_id = ?",
                Integer.class, episodeId, child)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from return_interview where episode_id = ?", Integer.class,
                episodeId)).isEqualTo(1);
        // a worker from another team cannot report one for this child
        sync(council.unit().worker(), mutation(UUID.randomUUID(), "MISSING_EPISODE", child.toString(), null,
                "{\"missingFrom\":\"%s\"}".formatted(now.minus(Duration.ofHours(2)))))
                .andExpect(jsonPath("$.results[0].status").value("rejected"));
    }

    @Test
    void aReplayedMutationIsRecognisedAndNeverAppliedTwice() throws Exception {
        UUID id = UUID.randomUUID();
        String m = mutation(id, "RETURN_INTERVIEW", episode, null, interview("I just wanted to see my mates."));
        sync(unit.worker(), m)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].mutationId").value(id.toString()))
                .andExpect(jsonPath("$.results[0].status").value("applied"))
                .andExpect(jsonPath("$.results[0].version").value(0));
        // the response was lost; the tablet sends the same change again, and again within one request
        sync(unit.worker(), m, m)
                .andExpect(jsonPath("$.results[0].status").value("duplicate"))
                .andExpect(jsonPath("$.results[0].original").value("applied"))
                .andExpect(jsonPath("$.results[1].status").value("duplicate"));
        assertThat(interviewsOfEpisode()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sync_mutation where mutation_id = ?", Integer.class, id))
                .isEqualTo(1);
        // someone else replaying the id learns nothing about it
        sync(unit.manager(), m)
                .andExpect(jsonPath("$.results[0].status").value("rejected"))
                .andExpect(jsonPath("$.results[0].reason").value("This change id was already used"));
    }

    @Test
    void aChangeOnAStaleVersionIsKeptAsAConflictCopyAndNeverOverwrites() throws Exception {
        sync(unit.worker(), mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, interview("First words.")))
                .andExpect(jsonPath("$.results[0].status").value("applied"));
        // meanwhile the office amends the interview (version 0 -> 1)
        mvc.perform(as(put("/api/v1/missing-episodes/" + episode + "/return-interview"), unit.worker())
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(interview("Office words.")))
                .andExpect(status().isOk());
        // the tablet's amendment was made on version 0
        UUID offline = UUID.randomUUID();
        String body = sync(unit.worker(), mutation(offline, "RETURN_INTERVIEW", episode, 0L, interview("Tablet words.")))
                .andExpect(jsonPath("$.results[0].status").value("conflict"))
                .andExpect(jsonPath("$.results[0].version").value(1))
                .andExpect(jsonPath("$.results[0].conflictId").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String conflictId = json.readTree(body).path("results").path(0).path("conflictId").asString();
        assertThat(jdbc.queryForObject("select childs_words from return_interview where episode_id = ?", String.class,
                UUID.fromString(episode))).isEqualTo("Office words.");
        mvc.perform(as(get("/api/v1/sync/conflicts"), unit.worker()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(conflictId))
                .andExpect(jsonPath("$[0].what").value("Return interview"));
        assertThat(jdbc.queryForObject("select payload from sync_conflict where id = ?", String.class,
                UUID.fromString(conflictId))).contains("Tablet words.");
        // a second device recording the interview again is a conflict too, not a second interview
        sync(unit.worker(), mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, interview("Second device.")))
                .andExpect(jsonPath("$.results[0].status").value("conflict"));
        assertThat(interviewsOfEpisode()).isEqualTo(1);
        // the replay of the conflicted change does not make a second copy
        sync(unit.worker(), mutation(offline, "RETURN_INTERVIEW", episode, 0L, interview("Tablet words.")))
                .andExpect(jsonPath("$.results[0].status").value("duplicate"))
                .andExpect(jsonPath("$.results[0].original").value("conflict"))
                .andExpect(jsonPath("$.results[0].conflictId").value(conflictId));
        mvc.perform(as(get("/api/v1/sync/conflicts"), unit.worker())).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aWorkerWhoLostAccessIsRejected() throws Exception {
        TestCouncil.Unit other = council.unit();
        for (String stranger : new String[] {unit.otherWorker(), other.worker()}) {
            sync(stranger, mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, interview("Words.")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.results[0].status").value("rejected"))
                    .andExpect(jsonPath("$.results[0].reason", Matchers.startsWith("You cannot change this record")));
        }
        assertThat(interviewsOfEpisode()).isZero();
        mvc.perform(as(post("/api/v1/sync"), council.administrator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"deviceId\":\"x\",\"mutations\":[]}")).andExpect(status().is4xxClientError());
    }

    @Test
    void anInvalidPayloadIsRejectedNamingTheFields() throws Exception {
        sync(unit.worker(),
                // held, but without the child's words
                mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, interview("")),
                // words where a time goes
                mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, "{\"heldAt\":\"yesterday evening\"}"),
                // an unknown kind of change, and no id
                "{\"type\":\"HOLIDAY\",\"entityId\":\"" + episode + "\",\"payload\":{}}",
                // an episode that does not exist
                mutation(UUID.randomUUID(), "RETURN_INTERVIEW", UUID.randomUUID().toString(), null, interview("W.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].status").value("rejected"))
                .andExpect(jsonPath("$.results[0].errors[*].field", Matchers.hasItem("childsWords")))
                .andExpect(jsonPath("$.results[1].status").value("rejected"))
                .andExpect(jsonPath("$.results[1].errors[0].field").value("payload.heldAt"))
                .andExpect(jsonPath("$.results[2].status").value("rejected"))
                .andExpect(jsonPath("$.results[2].errors[*].field", Matchers.containsInAnyOrder("mutationId", "type")))
                .andExpect(jsonPath("$.results[3].status").value("rejected"));
        assertThat(interviewsOfEpisode()).isZero();
        mvc.perform(as(post("/api/v1/sync"), unit.worker()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mutations\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("deviceId"));
    }

    @Test
    void hostileValuesInsideAChangeAreRefusedByThatChangeNeverByTheServer() throws Exception {
        String[] values = {"null", "[]", "{}", "12345678901234567890123", "\"" + "x".repeat(20_000) + "\"",
                "\"\\u0000\"", "\"<script>alert(1)</script>\"", "\"2026-02-30T00:00:00Z\"", "{\"nested\":[1]}"};
        for (String field : new String[] {"heldAt", "interviewerId", "childsWords", "pushFactors", "actions",
                "exploitationIndicators", "outcome"}) {
            for (String value : values) {
                String payload = "{\"accepted\":true,\"%s\":%s}".formatted(field, value);
                sync(unit.worker(), mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, payload),
                        mutation(UUID.randomUUID(), "PLAN", UUID.randomUUID().toString(), 0L, payload))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.results[0].status").value("rejected"))
                        .andExpect(jsonPath("$.results[1].status").value("rejected"));
            }
        }
        for (String envelope : new String[] {"{\"mutationId\":\"not-a-uuid\"}", "{\"baseVersion\":\"one\"}",
                "{\"entityId\":12}", "[]"}) {
            sync(unit.worker(), envelope).andExpect(status().is4xxClientError());
        }
        assertThat(interviewsOfEpisode()).isZero();
    }

    @Test
    void oneRefusedChangeInARequestUndoesNoneOfTheOthers() throws Exception {
        String plan = json.readTree(mvc.perform(as(post("/api/v1/children/" + child + "/plans"), unit.worker())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CIN\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();
        TestCouncil.Unit other = council.unit();
        UUID strangersChild = council.child(other);
        String strangersPlan = json.readTree(mvc.perform(as(post("/api/v1/children/" + strangersChild + "/plans"),
                        other.worker()).contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CIN\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();
        String[] changes = {
                mutation(UUID.randomUUID(), "RETURN_INTERVIEW", episode, null, interview("My words.")),
                mutation(UUID.randomUUID(), "PLAN", plan, 0L, "{\"contingency\":\"First\"}"),
                // made on the version the first edit replaced
                mutation(UUID.randomUUID(), "PLAN", plan, 0L, "{\"contingency\":\"Stale\"}"),
                mutation(UUID.randomUUID(), "PLAN", plan, 1L, "{\"contingency\":\"Second\"}"),
                // another team's child, between changes the caller may make
                mutation(UUID.randomUUID(), "PLAN", strangersPlan, 0L, "{\"contingency\":\"Not mine\"}"),
                mutation(UUID.randomUUID(), "PLAN", plan, 2L, "{\"contingency\":\"Third\"}"),
                mutation(UUID.randomUUID(), "PLAN", plan, 3L, "{\"contingency\":\"Too long\",\"childViews\":\""
                        + "x".repeat(5000) + "\"}"),
                mutation(UUID.randomUUID(), "PLAN", plan, 3L, "{\"contingency\":\"Fourth\"}")};
        sync(unit.worker(), changes)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].status").value(Matchers.contains("applied", "applied", "conflict",
                        "applied", "rejected", "applied", "rejected", "applied")))
                .andExpect(jsonPath("$.results[7].version").value(4));
        assertThat(interviewsOfEpisode()).isEqualTo(1);
        mvc.perform(as(get("/api/v1/plans/" + plan), unit.worker()))
                .andExpect(jsonPath("$.contingency").value("Fourth"));
        mvc.perform(as(get("/api/v1/plans/" + strangersPlan), other.worker()))
                .andExpect(jsonPath("$.contingency").doesNotExist());
        // each applied change and the conflict copy are in the audit trail once, the refused changes not at all
        List<AuditEntryView> trail = runAs.user(council.administrator(),
                () -> audit.search(new AuditFilter(child, null, null, null), PageRequest.of(0, 100)));
        assertThat(trail).filteredOn(e -> e.channel().equals("SYNC") && !e.action().equals("VIEW"))
                .extracting(AuditEntryView::recordType, AuditEntryView::action)
                .containsExactlyInAnyOrder(Tuple.tuple("RETURN_INTERVIEW", "CREATE"), Tuple.tuple("PLAN", "UPDATE"),
                        Tuple.tuple("PLAN", "UPDATE"), Tuple.tuple("PLAN", "UPDATE"), Tuple.tuple("PLAN", "UPDATE"),
                        Tuple.tuple("SYNC_CONFLICT", "CREATE"));
        sync(unit.worker(), changes).andExpect(jsonPath("$.results[*].status").value(Matchers.everyItem(
                Matchers.is("duplicate"))));
    }

    @Test
    void aPlanAndAPathwaySectionGoThroughTheirServices() throws Exception {
        String plan = json.readTree(mvc.perform(as(post("/api/v1/children/" + child + "/plans"), unit.worker())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CIN\",\"contingency\":\"Office\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();
        sync(unit.worker(), mutation(UUID.randomUUID(), "PLAN", plan, 0L, "{\"contingency\":\"Written at school\"}"))
                .andExpect(jsonPath("$.results[0].status").value("applied"))
                .andExpect(jsonPath("$.results[0].version").value(1));
        sync(unit.worker(), mutation(UUID.randomUUID(), "PLAN", plan, 0L, "{\"contingency\":\"Stale\"}"))
                .andExpect(jsonPath("$.results[0].status").value("conflict"));
        mvc.perform(as(get("/api/v1/plans/" + plan), unit.worker()))
                .andExpect(jsonPath("$.contingency").value("Written at school"));
        // the pathway plan handler refuses a change that does not say which section
        sync(unit.worker(), mutation(UUID.randomUUID(), "PATHWAY_SECTION", plan, 0L, "{\"section\":{}}"))
                .andExpect(jsonPath("$.results[0].status").value("rejected"));
    }
}
