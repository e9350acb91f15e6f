package org.waypoint.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;

/** Setting up an organisation through the API, on H2 and PostgreSQL. */
abstract class OrganisationApiContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;

    RequestPostProcessor admin() {
        return TestUsers.as(accounts, council.administrator());
    }

    ResultActions postJson(String path, String json, RequestPostProcessor user) throws Exception {
        return mvc.perform(post(path).with(user).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anAdministratorBuildsAServiceAreaATeamAndItsStaff() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String area = postJson("/api/v1/service-areas", "{\"name\":\"Early Help " + suffix + "\"}", admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Early Help " + suffix))
                .andReturn().getResponse().getContentAsString();
        long areaId = Long.parseLong(area.replaceAll(".*\"id\":(\\d+).*", "$1"));

        String team = postJson("/api/v1/teams", """
                {"name":"Early Help East","serviceAreaId":%d,"safeCaseload":16}""".formatted(areaId), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.safeCaseload").value(16))
                .andReturn().getResponse().getContentAsString();
        long teamId = Long.parseLong(team.replaceAll(".*\"id\":(\\d+).*", "$1"));

        postJson("/api/v1/staff", """
                {"username":"eh-%s","displayName":"Eve Hart","password":"plum orchard lantern","role":"SOCIAL_WORKER",
                 "teamId":%d,"fte":0.8,"qualifiedOn":"2026-09-01"}""".formatted(suffix, teamId), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fte").value(0.8))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.teamId").value(teamId));
        postJson("/api/v1/staff", """
                {"username":"hos-%s","displayName":"Hal Oswin","password":"plum orchard lantern","role":"HEAD_OF_SERVICE",
                 "serviceAreaIds":[%d],"fte":1.0}""".formatted(suffix, areaId), admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.serviceAreaIds[0]").value(areaId))
                .andExpect(jsonPath("$.teamId").value(Matchers.nullValue()));

        mvc.perform(get("/api/v1/me").with(TestUsers.as(accounts, "eh-" + suffix)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Eve Hart"))
                .andExpect(jsonPath("$.teamId").value(teamId));
    }

    @Test
    void duplicatesConflict() throws Exception {
        String name = "Duplicate " + UUID.randomUUID();
        postJson("/api/v1/service-areas", "{\"name\":\"" + name + "\"}", admin()).andExpect(status().isCreated());
        postJson("/api/v1/service-areas", "{\"name\":\"" + name.toUpperCase() + "\"}", admin())
                .andExpect(status().isConflict());
        TestCouncil.Unit unit = council.unit();
        postJson("/api/v1/staff", """
                {"username":"%s","displayName":"Again","password":"plum orchard lantern","role":"SOCIAL_WORKER",
                 "teamId":%d,"fte":1}""".formatted(unit.worker(), unit.teamId()), admin())
                .andExpect(status().isConflict());
    }

    @Test
    void badStaffInputNamesEachField() throws Exception {
        postJson("/api/v1/staff", """
                {"username":"Bad Name!","displayName":"","password":"demo","role":"HEAD_OF_SERVICE","fte":1.5,
                 "qualifiedOn":"2999-01-01"}""", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder(
                        "username", "displayName", "password", "serviceAreaIds", "fte", "qualifiedOn")));
        postJson("/api/v1/teams", "{\"name\":\"x\",\"serviceAreaId\":999999,\"safeCaseload\":0}", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("serviceAreaId", "safeCaseload")));
        postJson("/api/v1/teams", "{\"name\":\"x\",\"serviceAreaId\":\"first\"}", admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceAreaId"));
    }

    @Test
    void onlyAnAdministratorChangesTheOrganisation() throws Exception {
        TestCouncil.Unit unit = council.unit();
        postJson("/api/v1/service-areas", "{\"name\":\"Not allowed\"}", TestUsers.as(accounts, unit.manager()))
                .andExpect(status().isForbidden());
        postJson("/api/v1/staff", "{}", TestUsers.as(accounts, unit.worker())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff").with(TestUsers.as(accounts, unit.manager()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/service-areas").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
