package org.waypoint.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.children.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pathway plans API and its workflow, on H2 and PostgreSQL (subclasses). Each test builds its own team. */
abstract class PathwayApiContract {

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

    TestCouncil.Unit unit;
    UUID careLeaver;
    String hos;

    static final LocalDate TODAY = LocalDate.now(org.waypoint.common.Dates.ZONE);
    static final String DUE = TODAY.plusWeeks(3).toString();

    /** All ten matters in the young person's words; accommodation suitable; one action in money lacks a due date. */
    static String plan() {
        String sections = Arrays.stream(Matter.values()).map(m -> "\"%s\":{\"needs\":\"Needs for %s\",\"youngPersonViews\":\"In my words: %s\"%s%s}"
                .formatted(m.name(), m.label(), m.label(),
                        m == Matter.ACCOMMODATION ? ",\"suitable\":true,\"suitableReason\":\"Near college, and I feel safe\"" : "",
                        m == Matter.FINANCIAL_SUPPORT ? ",\"actions\":[{\"description\":\"Open a bank account\",\"owner\":\"Sam\",\"dueDate\":\"%s\"},{\"description\":\"Apply for the bursary\",\"owner\":\"Jo\",\"dueDate\":null}]".formatted(DUE) : ""))
                .collect(Collectors.joining(","));
        return "{\"sections\":{" + sections + "}}";
    }

    static String fixed(String body) {
        return body.replace("\"dueDate\":null", "\"dueDate\":\"" + DUE + "\"");
    }

    @BeforeEach
    void newTeam() {
        unit = council.unit();
        careLeaver = council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER, TODAY.minusYears(19));
        hos = unit.prefix() + "-hos";
        council.headOfService(hos, Set.of(unit.serviceAreaId()));
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        return request.with(TestUsers.as(accounts, user)).with(csrf());
    }

    ResultActions create(String user, UUID childId, String body) throws Exception {
        return mvc.perform(as(post("/api/v1/children/" + childId + "/pathway-plans"), user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String created(String body) throws Exception {
        String response = create(unit.worker(), careLeaver, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).path("id").asString();
    }

    JsonNode read(String user, String id) throws Exception {
        return json.readTree(mvc.perform(as(get("/api/v1/pathway-plans/" + id), user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    ResultActions update(String user, String id, long version, String body) throws Exception {
        return mvc.perform(as(put("/api/v1/pathway-plans/" + id), user).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions act(String user, String id, String action, String body) throws Exception {
        return mvc.perform(as(post("/api/v1/pathway-plans/" + id + "/" + action), user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theWholeWorkflowWithTheGateBySectionActionAndField() throws Exception {
        String response = create(unit.worker(), careLeaver, plan())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/pathway-plans/")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.careLeaverStatus").value("FORMER_RELEVANT"))
                .andExpect(jsonPath("$.warnings[0].section").value("FINANCIAL_SUPPORT"))
                .andExpect(jsonPath("$.warnings[0].actionIndex").value(1))
                .andExpect(jsonPath("$.warnings[0].field").value("dueDate"))
                .andReturn().getResponse().getContentAsString();
        create(unit.worker(), careLeaver, plan()).andExpect(status().isConflict());
        String id = json.readTree(response).path("id").asString();
        JsonNode draft = read(unit.worker(), id);
        assertThat(draft.path("sections").path("IDENTITY").path("youngPersonViews").asString())
                .isEqualTo("In my words: Who you are");
        assertThat(draft.path("nextReviewDate").asString()).isEqualTo(TODAY.plusMonths(6).toString());

        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        act(unit.manager(), id, "approve", "{\"rationale\":\"\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rationale"))
                .andExpect(jsonPath("$.errors[1].section").value("FINANCIAL_SUPPORT"))
                .andExpect(jsonPath("$.errors[1].actionIndex").value(1))
                .andExpect(jsonPath("$.errors[1].field").value("dueDate"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        act(unit.worker(), id, "approve", "{\"rationale\":\"Fine\"}").andExpect(status().isForbidden());

        act(unit.manager(), id, "return", "{\"rationale\":\"Date the bursary application\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        long version = read(unit.worker(), id).path("version").asLong();
        update(unit.worker(), id, version, fixed(plan())).andExpect(status().isOk())
                .andExpect(jsonPath("$.gaps.length()").value(0))
                .andExpect(jsonPath("$.decisions[0].rationale").value("Date the bursary application"));
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
        act(unit.manager(), id, "approve", "{\"rationale\":\"Her own plan, every action owned and dated\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(read(unit.worker(), id).path("lastReviewedOn").asString()).isEqualTo(TODAY.toString());

        // an approved plan is never changed: the edit starts version 2
        JsonNode approved = read(unit.worker(), id);
        update(unit.worker(), id, approved.path("version").asLong(), fixed(plan()).replace("I feel safe", "I feel at home"))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/pathway-plans/")))
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(read(unit.worker(), id).path("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void anEmptyPlanIsRefusedForEveryMattersViewsAndTheSuitability() throws Exception {
        String id = created("{}");
        act(unit.worker(), id, "submit", "{}").andExpect(status().isOk());
        act(hos, id, "approve", "{\"rationale\":\"Fine\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(12))
                .andExpect(jsonPath("$.errors[4].section").value("ACCOMMODATION"))
                .andExpect(jsonPath("$.errors[5].field").value("suitable"))
                .andExpect(jsonPath("$.errors[6].field").value("suitableReason"));
    }

    @Test
    void onlyCareLeaversHaveAPathwayPlan() throws Exception {
        UUID child = council.child(unit.teamId(), unit.workerId(), Category.CIN, TODAY.minusYears(17));
        create(unit.worker(), child, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("childId"));
        // registering stops at 25, so the young person turns 25 afterwards
        UUID tooOld = council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER, TODAY.minusYears(24));
        jdbc.update("update child set date_of_birth = ? where id = ?", TODAY.minusYears(25), tooOld);
        create(unit.worker(), tooOld, "{}").andExpect(status().isUnprocessableContent());
        // looked after at 16 for 13 weeks: eligible
        UUID lookedAfter = council.child(unit.teamId(), unit.workerId(), Category.CLA, TODAY.minusYears(16));
        create(unit.worker(), lookedAfter, "{}").andExpect(status().isUnprocessableContent());
        jdbc.update("update child set opened_on = ? where id = ?", TODAY.minusWeeks(13), lookedAfter);
        create(unit.worker(), lookedAfter, "{}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.careLeaverStatus").value("ELIGIBLE"));
    }

    @Test
    void inputTheRulesRefuseNamesSectionActionAndField() throws Exception {
        create(unit.worker(), careLeaver, """
                {"sections":{"HEALTH":{"suitable":true,"actions":[{"description":"See the GP","ownerStaffId":987654321}]},
                             "ACCOMMODATION":{"needs":"%s"}},
                 "nextReviewDate":"1999-12-31"}""".formatted("x".repeat(4001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].section", Matchers.hasItems("HEALTH", "ACCOMMODATION")))
                .andExpect(jsonPath("$.errors[?(@.section == 'HEALTH' && @.actionIndex == 0)].field")
                        .value(Matchers.contains("ownerStaffId")))
                .andExpect(jsonPath("$.errors[?(@.section == 'HEALTH' && !@.actionIndex)].field")
                        .value(Matchers.contains("suitable")))
                .andExpect(jsonPath("$.errors[?(@.section == 'ACCOMMODATION')].field").value(Matchers.contains("needs")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nextReviewDate')]").exists());
        create(unit.worker(), careLeaver, "{\"sections\":{\"NOT_A_MATTER\":{}}}")
                .andExpect(status().is4xxClientError());
    }

    @Test
    void strangersGet404AndStaleSavesGet412() throws Exception {
        String id = created(plan());
        TestCouncil.Unit other = council.unit();
        for (String stranger : new String[] {unit.otherWorker(), other.worker(), other.manager()}) {
            mvc.perform(as(get("/api/v1/pathway-plans/" + id), stranger)).andExpect(status().isNotFound());
            create(stranger, careLeaver, "{}").andExpect(status().isNotFound());
            update(stranger, id, 0, "{}").andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/pathway-plans/" + id)).andExpect(status().isUnauthorized());
        update(unit.worker(), id, 0, plan()).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        update(unit.manager(), id, 0, "{}").andExpect(status().isPreconditionFailed());
        mvc.perform(as(put("/api/v1/pathway-plans/" + id), unit.worker()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    }

    /** Seed 003's measure: per team and status, the share reviewed within 6 months, counted in SQL. */
    @Test
    void theReportSplitsUpToDatePlansByTeamAndStatus() throws Exception {
        String reviewed = created(fixed(plan()));
        act(unit.worker(), reviewed, "submit", "{}").andExpect(status().isOk());
        act(unit.manager(), reviewed, "approve", "{\"rationale\":\"Good\"}").andExpect(status().isOk());
        UUID relevant = council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER, TODAY.minusYears(17));
        create(unit.worker(), relevant, plan()).andExpect(status().isCreated());
        UUID stale = council.child(unit.teamId(), unit.workerId(), Category.CARE_LEAVER, TODAY.minusYears(20));
        create(unit.worker(), stale, plan()).andExpect(status().isCreated());
        jdbc.update("update pathway_plan set last_reviewed_on = ? where child_id = ?",
                PathwayReviews.upToDateCutoff(TODAY).minusDays(1), stale);

        String teamName = "Team " + unit.prefix();
        mvc.perform(as(get("/api/v1/reports/pathway-plans"), unit.manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].teamName").value(teamName))
                .andExpect(jsonPath("$[0].status").value("FORMER_RELEVANT"))
                .andExpect(jsonPath("$[0].plans").value(2))
                .andExpect(jsonPath("$[0].upToDate").value(1))
                .andExpect(jsonPath("$[0].share").value(0.5))
                .andExpect(jsonPath("$[1].status").value("RELEVANT"))
                .andExpect(jsonPath("$[1].upToDate").value(0));
        mvc.perform(as(get("/api/v1/reports/pathway-plans"), unit.worker())).andExpect(status().isForbidden());
    }
}
