package org.waypoint.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waypoint.StatementCounter;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.security.RunAs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans API and the workflow behind it, on H2 and PostgreSQL (subclasses), with every status code it answers.
 * Each test builds its own team, so the demo council does not matter.
 */
abstract class PlansApiContract {

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
    RunAs runAs;
    @Autowired
    PlanService planService;

    TestCouncil.Unit unit;
    UUID child;
    String hos;

    static final String DUE = LocalDate.now().plusWeeks(3).toString();

    /** A plan with one action lacking a due date: a draft that the gate refuses for action 0's dueDate only. */
    static final String ONE_UNDATED = """
            {"type":"CIN","outcomes":[{"description":"Amy goes to school every day"}],
             "actions":[{"description":"Visit Amy at school every two weeks","owner":"Sam","dueDate":"%s","outcomeIndex":0},
                        {"description":"Book a dental check-up","owner":"Mum","dueDate":null,"outcomeIndex":0}],
             "contingency":"If school attendance drops, a meeting with school within a week",
             "childViews":"I like my new teacher","parentViews":"Mum agrees"}""".formatted(DUE);

    @BeforeEach
    void newTeam() {
        unit = council.unit();
        child = council.child(unit);
        hos = unit.prefix() + "-hos";
        council.headOfService(hos, Set.of(unit.serviceAreaId()));
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        return request.with(TestUsers.as(accounts, user)).with(csrf());
    }

    ResultActions create(String user, UUID childId, String body) throws Exception {
        return mvc.perform(as(post("/api/v1/children/" + childId + "/plans"), user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String created(String body) throws Exception {
        String response = create(unit.worker(), child, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).path("id").asString();
    }

    JsonNode read(String user, String id) throws Exception {
        return json.readTree(mvc.perform(as(get("/api/v1/plans/" + id), user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    ResultActions update(String user, String id, long version, String body) throws Exception {
        return mvc.perform(as(put("/api/v1/plans/" + id), user).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions act(String user, String id, String action, String body) throws Exception {
        return mvc.perform(as(post("/api/v1/plans/" + id + "/" + action), user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String fixed(String plan) {
        return plan.replace("\"dueDate\":null", "\"dueDate\":\"" + DUE + "\"");
    }

    @Test
    void aDraftMayHaveGapsAndTheAnswerListsThem() throws Exception {
        create(unit.worker(), child, ONE_UNDATED)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/plans/")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.warnings[0].actionIndex").value(1))
                .andExpect(jsonPath("$.warnings[0].field").value("dueDate"));
        // one plan per child and type
        create(unit.worker(), child, ONE_UNDATED).andExpect(status().isConflict());
        // a different type is a different plan
        create(unit.worker(), child, ONE_UNDATED.replace("\"CIN\"", "\"CP\"")).andExpect(status().isCreated());
    }

    @Test
    void theWholeWorkflow() throws Exception {
        String id = created(ONE_UNDATED);
        act(unit.worker(), id, "submit", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.warnings[0].actionIndex").value(1))
                .andExpect(jsonPath("$.warnings[0].field").value("dueDate"));

        // the gate: 422 naming action 1's due date, and the rationale
        act(unit.manager(), id, "approve", "{\"rationale\":\"\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rationale"))
                .andExpect(jsonPath("$.errors[1].actionIndex").value(1))
                .andExpect(jsonPath("$.errors[1].field").value("dueDate"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        // the worker may not approve; nor may the author's colleague
        act(unit.worker(), id, "approve", "{\"rationale\":\"Fine\"}").andExpect(status().isForbidden());
        act(unit.otherWorker(), id, "approve", "{\"rationale\":\"Fine\"}").andExpect(status().isForbidden());

        // returned with comments, then fixed by the worker and submitted again
        act(unit.manager(), id, "return", "{\"rationale\":\"  \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rationale"));
        act(unit.manager(), id, "return", "{\"rationale\":\"Date the dental check-up\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        act(unit.manager(), id, "approve", "{\"rationale\":\"Fine\"}").andExpect(status().isConflict());
        long version = read(unit.worker(), id).path("version").asLong();
        update(unit.worker(), id, version, fixed(ONE_UNDATED)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.gaps.length()").value(0))
                .andExpect(jsonPath("$.decisions[0].decision").value("RETURNED"))
                .andExpect(jsonPath("$.decisions[0].rationale").value("Date the dental check-up"));
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings.length()").value(0));

        act(unit.manager(), id, "approve", "{\"rationale\":\"Clear actions, each owned and dated\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        JsonNode approved = read(unit.worker(), id);
        assertThat(approved.path("approvedAt").isNull()).isFalse();
        assertThat(approved.path("decisions").get(0).path("decidedByName").asString()).isEqualTo("Staff " + unit.manager());
        assertThat(approved.path("decisions").get(0).path("rationale").asString())
                .isEqualTo("Clear actions, each owned and dated");

        // An approved plan is never changed: an edit starts version 2; version 1 stays as approved.
        String changed = fixed(ONE_UNDATED).replace("I like my new teacher", "I want to walk to school");
        String response = update(unit.worker(), id, approved.path("version").asLong(), changed)
                .andExpect(status().isOk())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/plans/")))
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String second = json.readTree(response).path("id").asString();
        assertThat(second).isNotEqualTo(id);
        JsonNode first = read(unit.worker(), id);
        assertThat(first.path("status").asString()).isEqualTo("APPROVED");
        assertThat(first.path("childViews").asString()).isEqualTo("I like my new teacher");
        assertThat(first.path("current").asBoolean()).isFalse();
        // the old version cannot be edited any more
        update(unit.worker(), id, first.path("version").asLong(), changed).andExpect(status().isConflict());

        // versions newest first
        mvc.perform(as(get("/api/v1/children/" + child + "/plans"), unit.worker()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(jsonPath("$[0].number").value(2))
                .andExpect(jsonPath("$[1].id").value(id))
                .andExpect(jsonPath("$[1].status").value("APPROVED"));

        // approving version 2 supersedes version 1
        act(unit.worker(), second, "submit", "{}").andExpect(status().isOk());
        act(hos, second, "approve", "{\"rationale\":\"Agreed at review\"}").andExpect(status().isOk());
        assertThat(read(unit.worker(), id).path("status").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void nobodyApprovesAPlanTheyWroteOrLastEdited() throws Exception {
        String id = created(fixed(ONE_UNDATED));
        // the manager edits the worker's plan, then may not approve it: the head of service may
        long version = read(unit.manager(), id).path("version").asLong();
        update(unit.manager(), id, version, fixed(ONE_UNDATED).replace("Mum agrees", "Mum and dad agree"))
                .andExpect(status().isOk());
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
        act(unit.manager(), id, "approve", "{\"rationale\":\"Good\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("another manager")));
        act(unit.manager(), id, "return", "{\"rationale\":\"Good\"}").andExpect(status().isForbidden());
        act(hos, id, "approve", "{\"rationale\":\"Good\"}").andExpect(status().isOk());
    }

    @Test
    void aManagerOfAnotherTeamDoesNotSeeThePlan() throws Exception {
        String id = created(ONE_UNDATED);
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
        TestCouncil.Unit other = council.unit();
        for (String stranger : new String[] {unit.otherWorker(), other.worker(), other.manager()}) {
            mvc.perform(as(get("/api/v1/plans/" + id), stranger)).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/children/" + child + "/plans"), stranger)).andExpect(status().isNotFound());
            create(stranger, child, ONE_UNDATED.replace("\"CIN\"", "\"CP\"")).andExpect(status().isNotFound());
            update(stranger, id, 0, ONE_UNDATED).andExpect(status().isNotFound());
        }
        act(other.manager(), id, "approve", "{\"rationale\":\"Fine\"}").andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/plans/" + UUID.randomUUID()), unit.worker())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(as(get("/api/v1/plans/" + id), council.administrator())).andExpect(status().isForbidden());
    }

    @Test
    void aStaleSaveIsRefusedWith412AndNothingIsOverwritten() throws Exception {
        String id = created(ONE_UNDATED);
        mvc.perform(as(get("/api/v1/plans/" + id), unit.worker())).andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
        update(unit.worker(), id, 0, ONE_UNDATED.replace("Mum agrees", "First")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        update(unit.manager(), id, 0, ONE_UNDATED.replace("Mum agrees", "Second"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(read(unit.worker(), id).path("parentViews").asString()).isEqualTo("First");
        // without If-Match: 422 naming it
        mvc.perform(as(put("/api/v1/plans/" + id), unit.worker()).contentType(MediaType.APPLICATION_JSON)
                        .content(ONE_UNDATED))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    }

    @Test
    void editingASubmittedPlanTakesItBackToDraft() throws Exception {
        String id = created(ONE_UNDATED);
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
        act(unit.worker(), id, "submit", "{}").andExpect(status().isConflict());
        long version = read(unit.worker(), id).path("version").asLong();
        update(unit.worker(), id, version, fixed(ONE_UNDATED)).andExpect(jsonPath("$.status").value("DRAFT"));
        act(unit.manager(), id, "approve", "{\"rationale\":\"Fine\"}").andExpect(status().isConflict());
    }

    @Test
    void inputTheRulesRefuseNamesEachField() throws Exception {
        create(unit.worker(), child, """
                {"type":"CP","outcomes":[{"description":"Safe"}],
                 "actions":[{"description":"Visit","ownerStaffId":987654321,"outcomeIndex":3}],
                 "startedOn":"2026-01-01","nextReviewDate":"2000-01-01"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].actionIndex").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("ownerStaffId"))
                .andExpect(jsonPath("$.errors[1].field").value("outcomeIndex"))
                .andExpect(jsonPath("$.errors[2].field").value("nextReviewDate"));
        create(unit.worker(), child, "{\"outcomes\":[]}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        create(unit.worker(), child, "{\"type\":\"PATHWAY\"}").andExpect(status().isBadRequest());
        create(unit.worker(), child, "{").andExpect(status().isBadRequest());
    }

    @Test
    void aStaffOwnerIsNamedAndTheReviewDateFollowsTheRules() throws Exception {
        String body = """
                {"type":"CP","outcomes":[{"description":"Safe at home"}],
                 "actions":[{"description":"Visit at home weekly","ownerStaffId":%d,"dueDate":"%s","outcomeIndex":0}],
                 "contingency":"Stay with nan","childViews":"I want to stay home","startedOn":"%s"}"""
                .formatted(unit.workerId(), DUE, LocalDate.now().minusDays(10));
        String id = created(body);
        JsonNode plan = read(unit.worker(), id);
        assertThat(plan.path("actions").get(0).path("owner").asString()).isEqualTo("Staff " + unit.worker());
        // first CP review within 3 months of the conference
        assertThat(plan.path("nextReviewDate").asString()).isEqualTo(LocalDate.now().minusDays(10).plusMonths(3).toString());
        assertThat(plan.path("gaps").size()).isZero();
    }

    @Test
    void everyReadAndWriteIsInTheChildsAuditTrail() throws Exception {
        String id = created(ONE_UNDATED);
        read(unit.worker(), id);
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
        act(unit.manager(), id, "return", "{\"rationale\":\"Date it\"}").andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/children/" + child + "/plans"), unit.manager())).andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForList("""
                        select action || ' ' || username from audit_entry
                        where child_id = ? and record_type = 'PLAN' order by id""", String.class, child))
                        .containsSubsequence("CREATE " + unit.worker(), "VIEW " + unit.worker(),
                                "SUBMIT " + unit.worker(), "RETURN " + unit.manager(), "VIEW " + unit.manager()));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/children/{childId}/plans", "/api/v1/plans/{id}",
                "/api/v1/plans/{id}/submit", "/api/v1/plans/{id}/approve", "/api/v1/plans/{id}/return",
                "/api/v1/reports/plan-completeness");
    }

    @Test
    void completenessCountsTheFiveCategoriesInScope() throws Exception {
        TestCouncil.Unit team = council.teamIn(unit.serviceAreaId());
        String[] actions = {
                "[{\"description\":\"a\",\"owner\":\"x\",\"dueDate\":\"%s\"}]".formatted(DUE),      // complete
                "[{\"description\":\"a\"},{\"description\":\"b\"}]",                                 // all missing
                "[{\"description\":\"a\",\"dueDate\":\"%s\"}]".formatted(DUE),                     // all dated, some unowned
                "[{\"description\":\"a\",\"owner\":\"x\"}]",                                        // all owned, some undated
                "[{\"description\":\"a\",\"owner\":\"x\"},{\"description\":\"b\",\"dueDate\":\"%s\"}]".formatted(DUE)}; // some
        for (String a : actions) {
            UUID c = council.child(team);
            create(team.worker(), c, "{\"type\":\"CIN\",\"actions\":" + a + "}").andExpect(status().isCreated());
        }
        create(team.worker(), council.child(team), "{\"type\":\"CIN\"}").andExpect(status().isCreated()); // no actions
        mvc.perform(as(get("/api/v1/reports/plan-completeness?teamId=" + team.teamId()), team.manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.complete").value(1))
                .andExpect(jsonPath("$.allMissing").value(1))
                .andExpect(jsonPath("$.allDatedSomeUnowned").value(1))
                .andExpect(jsonPath("$.allOwnedSomeUndated").value(1))
                .andExpect(jsonPath("$.someMissing").value(1));
        // another team's manager counts none of them; the head of service over the area counts them by area
        mvc.perform(as(get("/api/v1/reports/plan-completeness?teamId=" + team.teamId()), unit.manager()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(get("/api/v1/reports/plan-completeness?serviceAreaId=" + unit.serviceAreaId()), hos))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(5));
        mvc.perform(as(get("/api/v1/reports/plan-completeness"), team.worker())).andExpect(status().isForbidden());
        // counted in the database: the same few statements however many plans there are
        int statements = runAs.user(hos, () -> StatementCounter.statementsIn(() -> planService.completeness(null, null)));
        assertThat(statements).isLessThanOrEqualTo(4);
        mvc.perform(as(get("/api/v1/reports/plan-completeness?teamId=abc"), team.manager()))
                .andExpect(status().isBadRequest());
    }

    /** Runs both requests at the same instant on two threads and gives back their answers in the same order. */
    List<MvcResult> atOnce(MockHttpServletRequestBuilder first, MockHttpServletRequestBuilder second) throws Exception {
        var start = new CyclicBarrier(2);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<MvcResult>> answers = Stream.of(first, second).map(request -> threads.submit(() -> {
                start.await();
                return mvc.perform(request).andReturn();
            })).toList();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    MockHttpServletRequestBuilder save(String user, String id, long version, String body) {
        return as(put("/api/v1/plans/" + id), user).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void twoSavesOfTheSameVersionAtOnceGiveOneWinnerAndA412ThatHandsBackTheLosersText() throws Exception {
        String id = created(ONE_UNDATED);
        for (int round = 0; round < 4; round++) {
            long version = read(unit.worker(), id).path("version").asLong();
            String workers = "The worker's words, round " + round;
            String managers = "The manager's words, round " + round;

            List<MvcResult> answers = atOnce(save(unit.worker(), id, version, ONE_UNDATED.replace("Mum agrees", workers)),
                    save(unit.manager(), id, version, ONE_UNDATED.replace("Mum agrees", managers)));

            assertThat(answers).extracting(a -> a.getResponse().getStatus()).containsExactlyInAnyOrder(200, 412);
            int loser = answers.get(0).getResponse().getStatus() == 412 ? 0 : 1;
            JsonNode problem = json.readTree(answers.get(loser).getResponse().getContentAsString());
            assertThat(answers.get(loser).getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(problem.path("currentVersion").asLong()).isEqualTo(version + 1);
            assertThat(problem.path("submitted").path("parentViews").asString()).isEqualTo(loser == 0 ? workers : managers);
            assertThat(problem.path("submitted").path("actions").size()).isEqualTo(2);
            JsonNode stored = read(unit.worker(), id);
            assertThat(stored.path("parentViews").asString()).isEqualTo(loser == 0 ? managers : workers);
            assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
        }
    }

    @Test
    void anEditThatOpensAGapRacingAnApprovalNeverLeavesAnApprovedVersionWithAGap() throws Exception {
        String complete = fixed(ONE_UNDATED);
        String ownerRemoved = complete.replace("\"owner\":\"Sam\"", "\"owner\":null");
        for (int round = 0; round < 4; round++) {
            UUID roundChild = round == 0 ? child : council.child(unit);
            String id = json.readTree(create(unit.worker(), roundChild, complete).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()).path("id").asString();
            act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
            long submitted = read(unit.worker(), id).path("version").asLong();

            List<MvcResult> answers = atOnce(save(unit.worker(), id, submitted, ownerRemoved),
                    as(post("/api/v1/plans/" + id + "/approve"), unit.manager())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"rationale\":\"Clear and owned\"}"));

            int edit = answers.get(0).getResponse().getStatus();
            int approval = answers.get(1).getResponse().getStatus();
            // Either the edit came first (the plan is a draft again, nothing to approve) or the approval did (the
            // edit was made on the submitted version, now stale).
            assertThat(List.of(edit, approval)).isIn(List.of(200, 409), List.of(412, 200));
            for (JsonNode version : json.readTree(mvc.perform(as(get("/api/v1/children/" + roundChild + "/plans"),
                    unit.worker())).andReturn().getResponse().getContentAsString())) {
                JsonNode detail = read(unit.worker(), version.path("id").asString());
                if (detail.path("status").asString().equals("APPROVED")) {
                    assertThat(detail.path("gaps").size()).isZero();
                    assertThat(detail.path("actions").valueStream().map(a -> a.path("owner").asString()))
                            .contains("Sam", "Mum");
                }
            }
        }
    }
}
