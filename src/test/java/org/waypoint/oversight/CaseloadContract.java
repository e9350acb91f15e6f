package org.waypoint.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.waypoint.StatementCounter;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.children.Category;
import org.waypoint.children.ChildService;
import org.waypoint.organisation.NewStaff;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.Role;
import org.waypoint.security.RunAs;

/**
 * Caseload figures against a team counted by hand: a full-time worker with 4 cases, a half-time worker with 3, a
 * worker with none, the manager holding 2, and 1 child waiting. Ten days ago one of the full-time worker's
 * children was with the half-time worker, and a closed case was still open.
 */
abstract class CaseloadContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    CaseloadService caseloads;
    @Autowired
    ChildService children;
    @Autowired
    OrganisationService organisation;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    TestCouncil.Unit unit;
    long halfTime;
    String headOfService;
    final LocalDate today = LocalDate.now();
    final LocalDate tenDaysAgo = today.minusDays(10);

    @BeforeEach
    void handCountedTeam() {
        unit = council.unit();
        halfTime = council.asAdmin(() -> organisation.createStaff(new NewStaff(unit.prefix() + "-pt", "Part Timer",
                TestCouncil.PASSWORD, Role.SOCIAL_WORKER, unit.teamId(), Set.of(), new BigDecimal("0.5"), null)).id());
        List<UUID> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(child(unit.workerId()));
        }
        for (int i = 0; i < 3; i++) {
            all.add(child(halfTime));
        }
        all.add(child(unit.managerId()));
        all.add(child(unit.managerId()));
        all.add(child(null));
        UUID closed = child(unit.otherWorkerId());
        all.add(closed);
        // Back-date the whole history a month, then move one child and close another today.
        jdbc.update("update child_allocation set valid_from = ? where child_id in (" + placeholders(all.size()) + ")",
                args(Date.valueOf(today.minusMonths(1)), all));
        jdbc.update("update child set opened_on = ? where id in (" + placeholders(all.size()) + ")",
                args(Date.valueOf(today.minusMonths(1)), all));
        UUID moved = all.get(7 - 3); // the first of the half-time worker's children
        council.asAdmin(() -> children.allocate(moved, unit.workerId()));
        jdbc.update("update child set closed_on = ?, allocated_worker_id = null where id = ?", Date.valueOf(today), closed);
        jdbc.update("update child_allocation set valid_to = ? where child_id = ? and valid_to is null", Date.valueOf(today), closed);
        headOfService = unit.prefix() + "-hos";
        council.headOfService(headOfService, Set.of(unit.serviceAreaId()));
    }

    private UUID child(Long worker) {
        return council.child(unit.teamId(), worker, Category.CIN, today.minusYears(6));
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] args(Object first, List<UUID> ids) {
        List<Object> args = new ArrayList<>();
        args.add(first);
        args.addAll(ids);
        return args.toArray();
    }

    CaseloadFigures teamFigures(String user, LocalDate day) {
        return runAs.user(user, () -> caseloads.caseloads(day)).teams().stream()
                .filter(t -> t.id() == unit.teamId()).findFirst().orElseThrow().figures();
    }

    @Test
    void todaysFiguresMatchTheHandCount() {
        CaseloadFigures f = teamFigures(unit.manager(), today);
        // Worker 5 cases (4 + the one moved today), half-timer 2; the other worker's case closed today.
        assertThat(f.workers()).isEqualTo(2);
        assertThat(f.fte()).isEqualByComparingTo("1.5");
        assertThat(f.openCases()).isEqualTo(7);
        assertThat(f.average()).isEqualByComparingTo("4.7");
        assertThat(f.min()).isEqualTo(2);
        assertThat(f.max()).isEqualTo(5);
        assertThat(f.managersHoldingCases()).isEqualTo(2);
        assertThat(f.unallocated()).isEqualTo(1);
    }

    @Test
    void aPastDayGivesThePastFigure() {
        CaseloadFigures f = teamFigures(unit.manager(), tenDaysAgo);
        // Then: worker 4, half-timer 3, the other worker 1 (not yet closed).
        assertThat(f.workers()).isEqualTo(3);
        assertThat(f.fte()).isEqualByComparingTo("2.5");
        assertThat(f.openCases()).isEqualTo(8);
        assertThat(f.average()).isEqualByComparingTo("3.2");
        assertThat(f.min()).isEqualTo(1);
        assertThat(f.max()).isEqualTo(4);
    }

    @Test
    void aHeadOfServiceSeesTheirAreasAndNeverAnothers() {
        TestCouncil.Unit elsewhere = council.unit();
        council.child(elsewhere);
        CaseloadReport report = runAs.user(headOfService, () -> caseloads.caseloads(today));
        assertThat(report.serviceAreas()).extracting(CaseloadReport.Area::id).containsExactly(unit.serviceAreaId());
        assertThat(report.authority().openCases()).isEqualTo(7);
        CaseloadReport managers = runAs.user(unit.manager(), () -> caseloads.caseloads(today));
        assertThat(managers.teams()).extracting(CaseloadReport.Team::id).containsExactly(unit.teamId());
    }

    @Test
    void theFiguresCostAFixedNumberOfQueriesHoweverManyTeams() {
        int oneArea = runAs.<Integer>user(headOfService, () -> StatementCounter.statementsIn(() -> caseloads.caseloads(today)));
        int everything = runAs.<Integer>user(someHeadOfServiceOverEverything(),
                () -> StatementCounter.statementsIn(() -> caseloads.caseloads(today)));
        assertThat(oneArea).isLessThanOrEqualTo(6);
        assertThat(everything).isEqualTo(oneArea);
    }

    private String someHeadOfServiceOverEverything() {
        String username = unit.prefix() + "-hos-all";
        council.headOfService(username, Set.copyOf(jdbc.queryForList("select id from service_area", Long.class)));
        return username;
    }

    @Test
    void theApiGivesJsonAndCsvToManagersAndNothingToPractitioners() throws Exception {
        mvc.perform(get("/api/v1/oversight/caseloads?asOf=" + today).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authority.openCases").value(7))
                .andExpect(jsonPath("$.authority.average").value(4.7))
                .andExpect(jsonPath("$.serviceAreas[0].teams[0].managersHoldingCases").value(2))
                .andExpect(jsonPath("$.serviceAreas[0].teams[0].overSafeLevel").value(0))
                .andExpect(jsonPath("$.serviceAreas[0].unallocated").value(1));
        mvc.perform(get("/api/v1/oversight/caseloads.csv?asOf=" + tenDaysAgo).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(Matchers.containsString("Team,Area " + unit.prefix())))
                .andExpect(content().string(Matchers.containsString(",3,2.5,8,3.2,1,4,0,2,1")));
        mvc.perform(get("/api/v1/oversight/caseloads").header("Accept", "text/csv").with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/api/v1/oversight/caseloads").with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/oversight/caseloads?asOf=yesterday").with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
}
