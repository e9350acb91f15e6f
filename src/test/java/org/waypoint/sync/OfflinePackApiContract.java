package org.waypoint.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;

/**
 * What a tablet takes away, on H2 and PostgreSQL (subclasses): the caller's caseload by default, only children the
 * caller may see (a child they lost is simply absent, so the device drops it), each read audited, and the session's
 * CSRF token for the sync that follows.
 */
abstract class OfflinePackApiContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    JdbcTemplate jdbc;

    TestCouncil.Unit unit;
    UUID mine;
    UUID colleagues;

    @BeforeEach
    void team() {
        unit = council.unit();
        mine = council.child(unit);
        colleagues = council.child(unit.teamId(), unit.otherWorkerId(), org.waypoint.children.Category.CIN,
                java.time.LocalDate.now().minusYears(12));
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        return request.with(TestUsers.as(accounts, user)).with(csrf());
    }

    @Test
    void byDefaultTheCallersOwnCaseload() throws Exception {
        mvc.perform(as(get("/api/v1/offline/choices"), unit.worker()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(Matchers.contains(mine.toString())));
        mvc.perform(as(get("/api/v1/offline/pack"), unit.worker()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(header().exists("X-Waypoint-Csrf"))
                .andExpect(jsonPath("$.username").value(unit.worker()))
                .andExpect(jsonPath("$.keepForHours").value(72))
                .andExpect(jsonPath("$.children[*].id").value(Matchers.contains(mine.toString())))
                .andExpect(jsonPath("$.children[0].episodes").isArray())
                .andExpect(jsonPath("$.children[0].legalStatus").value("Not recorded"))
                .andExpect(jsonPath("$.matters.HEALTH").value("Health"));
    }

    @Test
    void childrenTheCallerMayNotSeeAreLeftOutAndEachReadIsAudited() throws Exception {
        TestCouncil.Unit elsewhere = council.unit();
        UUID stranger = council.child(elsewhere);
        mvc.perform(as(get("/api/v1/offline/pack").param("child", mine.toString(), stranger.toString(), colleagues.toString()),
                        unit.worker()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children[*].id").value(Matchers.contains(mine.toString())));
        // The manager sees the whole team, so may take a colleague's child when covering.
        mvc.perform(as(get("/api/v1/offline/pack").param("child", colleagues.toString(), stranger.toString()), unit.manager()))
                .andExpect(jsonPath("$.children[*].id").value(Matchers.contains(colleagues.toString())));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where child_id = ? and username = ? and action = 'VIEW'",
                    Integer.class, mine, unit.worker())).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where child_id = ? and username in (?, ?)",
                    Integer.class, stranger, unit.worker(), unit.manager())).as("a child left out is not read").isZero();
        });
    }

    @Test
    void aTabletKeepsAtMostSixtyChildrenAndAnAdministratorNone() throws Exception {
        String many = IntStream.range(0, OfflineService.MAX_CHILDREN + 1).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(","));
        mvc.perform(as(get("/api/v1/offline/pack").param("child", many.split(",")), unit.worker()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("child"));
        mvc.perform(as(get("/api/v1/offline/pack").param("child", "not-an-id"), unit.worker()))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/offline/pack"), council.administrator())).andExpect(status().isForbidden());
    }
}
