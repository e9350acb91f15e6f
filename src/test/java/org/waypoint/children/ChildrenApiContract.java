package org.waypoint.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.security.Role;
import org.waypoint.security.RunAs;

/**
 * The children API and the access rules behind it, run against H2 and against PostgreSQL by the subclasses.
 * Each test builds its own teams, so the database's other contents do not matter.
 */
abstract class ChildrenApiContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    ChildService children;
    @Autowired
    RunAs runAs;

    TestCouncil.Unit unit;

    @BeforeEach
    void newTeam() {
        unit = council.unit();
    }

    RequestPostProcessor as(String username) {
        return TestUsers.as(accounts, username);
    }

    @Test
    void aWorkerListsOnlyTheChildrenAllocatedToThem() throws Exception {
        UUID mine = council.child(unit);
        UUID colleagues = council.child(unit.teamId(), unit.otherWorkerId(), Category.CP, LocalDate.now().minusYears(4));

        mvc.perform(get("/api/v1/children").with(as(unit.worker())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(mine.toString()))
                .andExpect(jsonPath("$[0].allocatedWorkerId").value(unit.workerId()));
        mvc.perform(get("/api/v1/children/" + colleagues).with(as(unit.worker())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aManagerSeesTheWholeTeamIncludingUnallocatedChildren() throws Exception {
        council.child(unit);
        council.child(unit.teamId(), null, Category.CIN, LocalDate.now().minusYears(2));
        TestCouncil.Unit otherTeam = council.unit();
        UUID elsewhere = council.child(otherTeam);

        mvc.perform(get("/api/v1/children").with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[*].allocatedWorkerId", Matchers.hasItem(Matchers.nullValue())));
        mvc.perform(get("/api/v1/children/" + elsewhere).with(as(unit.manager()))).andExpect(status().isNotFound());
    }

    @Test
    void aHeadOfServiceSeesTheirServiceAreasOnly() throws Exception {
        UUID inArea = council.child(unit);
        TestCouncil.Unit otherArea = council.unit();
        UUID outside = council.child(otherArea);
        council.headOfService(unit.prefix() + "-hos", Set.of(unit.serviceAreaId()));

        mvc.perform(get("/api/v1/children/" + inArea).with(as(unit.prefix() + "-hos"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/" + outside).with(as(unit.prefix() + "-hos"))).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorRegistersChildrenButSeesNoCaseRecords() throws Exception {
        String body = """
                {"givenName":"Ruby","familyName":"Tremayne","dateOfBirth":"2015-04-02","category":"CIN","teamId":%d}"""
                .formatted(unit.teamId());
        String created = mvc.perform(post("/api/v1/children")
                        .with(as(council.administrator())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.allocatedWorkerId").value(Matchers.nullValue()))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/children/" + id).with(as(council.administrator()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children").with(as(council.administrator())))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/children/" + id).with(as(unit.manager()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value("Tremayne"));
    }

    @Test
    void registeringNamesEveryFieldThatIsWrong() throws Exception {
        mvc.perform(post("/api/v1/children").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"\",\"dateOfBirth\":\"" + LocalDate.now().plusDays(1) + "\",\"teamId\":"
                                + unit.teamId() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder(
                        "givenName", "familyName", "dateOfBirth", "category")));
        mvc.perform(post("/api/v1/children").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"not a date\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        mvc.perform(post("/api/v1/children").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"2015-01-01\","
                                + "\"category\":\"ORPHAN\",\"teamId\":" + unit.teamId() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }

    @Test
    void theLegalStatusIsRecordedAtRegistrationAndShownInPlainWords() throws Exception {
        String body = """
                {"givenName":"Ruby","familyName":"Ashdown","dateOfBirth":"2014-06-02","category":"CLA",
                 "legalStatus":"INTERIM_CARE_ORDER","teamId":%d}""".formatted(unit.teamId());
        String created = mvc.perform(post("/api/v1/children").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/children/" + id).with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalStatus").value("INTERIM_CARE_ORDER"))
                .andExpect(jsonPath("$.legalStatusText").value("Interim care order"));
        mvc.perform(get("/api/v1/children/" + council.child(unit)).with(as(unit.manager())))
                .andExpect(jsonPath("$.legalStatus").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.legalStatusText").value("Not recorded"));
    }

    @Test
    void anUnknownLegalStatusIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/children").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"2015-01-01\","
                                + "\"category\":\"CLA\",\"legalStatus\":\"SECTION_99\",\"teamId\":" + unit.teamId() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("legalStatus"));
        mvc.perform(put("/api/v1/children/" + council.child(unit) + "/legal-status").with(as(unit.worker())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalStatus\":\"Care order\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalStatus"));
    }

    @Test
    void theWorkerChangesTheLegalStatusAndOnlyThoseWhoSeeTheChildMay() throws Exception {
        UUID child = council.child(unit.teamId(), unit.workerId(), Category.CLA, LocalDate.now().minusYears(6));

        mvc.perform(put("/api/v1/children/" + child + "/legal-status").with(as(unit.worker())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalStatus\":\"FULL_CARE_ORDER\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalStatusText").value("Full care order (section 31)"));
        mvc.perform(get("/api/v1/children/" + child).with(as(unit.manager())))
                .andExpect(jsonPath("$.legalStatus").value("FULL_CARE_ORDER"));

        TestCouncil.Unit other = council.unit();
        mvc.perform(put("/api/v1/children/" + child + "/legal-status").with(as(other.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalStatus\":\"SECTION_20\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/children/" + child + "/legal-status").with(as(council.administrator())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalStatus\":\"SECTION_20\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/children/" + child + "/legal-status").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalStatus\":null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalStatusText").value("Not recorded"));
        // each one recorded is on the chronology, newest first, with who recorded it
        mvc.perform(get("/api/v1/children/" + child + "/chronology").param("kind", "Legal status").with(as(unit.worker())))
                .andExpect(jsonPath("$[*].title").value(org.hamcrest.Matchers.contains(
                        "Legal status taken off the record (not recorded)",
                        "Legal status recorded: Full care order (section 31)")))
                .andExpect(jsonPath("$[1].by").value("Staff " + unit.worker()));
    }

    @Test
    void aManagerRegistersOnlyIntoTheirOwnTeamAndAWorkerNotAtAll() throws Exception {
        TestCouncil.Unit other = council.unit();
        String body = """
                {"givenName":"A","familyName":"B","dateOfBirth":"2015-01-01","category":"CIN","teamId":%d}"""
                .formatted(other.teamId());
        mvc.perform(post("/api/v1/children").with(as(unit.manager())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/children").with(as(other.worker())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    @Test
    void allocationMovesTheChildAndKeepsItsHistory() throws Exception {
        UUID child = council.child(unit.teamId(), null, Category.CIN, LocalDate.now().minusYears(3));

        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + unit.otherWorkerId() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workerId").value(unit.otherWorkerId()));
        mvc.perform(get("/api/v1/children/" + child).with(as(unit.otherWorker()))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/children/" + child + "/allocation").with(as(unit.manager())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workerId").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.teamId").value(unit.teamId()));
        mvc.perform(get("/api/v1/children/" + child).with(as(unit.otherWorker()))).andExpect(status().isNotFound());

        List<AllocationPeriod> history = runAs.user(unit.manager(), () -> children.allocationHistory(child));
        assertThat(history).extracting(AllocationPeriod::workerId)
                .containsExactly(null, unit.otherWorkerId(), null);
        assertThat(history.getLast().validTo()).isNull();
        assertThat(history.getFirst().validTo()).isNotNull();
    }

    @Test
    void workersCannotAllocateAndManagersCannotPullChildrenFromOtherTeams() throws Exception {
        UUID child = council.child(unit);
        TestCouncil.Unit other = council.unit();
        String toOther = "{\"workerId\":" + other.workerId() + "}";

        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(unit.worker())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(toOther)).andExpect(status().isForbidden());
        // The other team's manager cannot see the child at all.
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(other.manager())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(toOther)).andExpect(status().isNotFound());
        // The child's own manager may not push them into another team.
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(unit.manager())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(toOther)).andExpect(status().isForbidden());
        // An administrator may: that is a transfer.
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(council.administrator())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(toOther))
                .andExpect(status().isOk()).andExpect(jsonPath("$.teamId").value(other.teamId()));
        mvc.perform(get("/api/v1/children/" + child).with(as(other.manager()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/" + child).with(as(unit.manager()))).andExpect(status().isNotFound());
    }

    @Test
    void allocatingToSomeoneWhoCannotHoldCasesIsRefusedByField() throws Exception {
        UUID child = council.child(unit);
        long hos = council.headOfService(unit.prefix() + "-hos2", Set.of(unit.serviceAreaId()));
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + hos + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"));
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":\"seven\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"));
    }

    @Test
    void aManagerMayHoldCasesThemselves() throws Exception {
        UUID child = council.child(unit);
        mvc.perform(put("/api/v1/children/" + child + "/allocation").with(as(unit.manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + unit.managerId() + "}"))
                .andExpect(status().isOk());
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundOrBadRequest() throws Exception {
        mvc.perform(get("/api/v1/children/" + UUID.randomUUID()).with(as(unit.manager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children/not-a-uuid").with(as(unit.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/v1/children?size=0").with(as(unit.manager())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/children"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/children").with(httpBasic(unit.worker(), "wrong password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void httpBasicWorksForIntegrationsWithoutCsrf() throws Exception {
        UUID child = council.child(unit.teamId(), null, Category.CIN, LocalDate.now().minusYears(1));
        mvc.perform(put("/api/v1/children/" + child + "/allocation")
                        .with(httpBasic(unit.manager(), TestCouncil.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + unit.workerId() + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.manager(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value(Role.TEAM_MANAGER.name()))
                .andExpect(jsonPath("$.teamId").value(unit.teamId()));
    }

    @Test
    void aBrowserSessionMustSendItsCsrfToken() throws Exception {
        UUID child = council.child(unit);
        mvc.perform(delete("/api/v1/children/" + child + "/allocation").with(as(unit.manager())))
                .andExpect(status().isForbidden());
    }

    static RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
