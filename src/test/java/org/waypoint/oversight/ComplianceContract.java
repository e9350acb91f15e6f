package org.waypoint.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.waypoint.pathway.CareLeaverStatus;
import org.waypoint.pathway.PathwayReportRow;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanSummaries;
import org.waypoint.security.RunAs;

/**
 * Compliance figures against a team counted by hand, written straight into the tables so every date is known:
 * <ul>
 *   <li>workers: the first supervised 10 days ago (next due in 20 days: in time), the second last supervised
 *   60 days ago (due 30 days ago: overdue) — 1 of 2 = 50%;</li>
 *   <li>children (open 200 days): A discussed 10 days ago (in time), B never (overdue), C with the second worker
 *   discussed 100 days ago, past the 90-day interval (overdue) — 1 of 3 = 33%; the unallocated child is not
 *   counted;</li>
 *   <li>missing: A returned 20 days ago, interviewed in time; B 30 days ago, interviewed late; C 10 days ago,
 *   declined; A four months ago, in time but outside the three months — 1 of 2 held = 50%;</li>
 *   <li>plans: A's child in need plan approved 100 days ago, review in 10 days (up to date), every action owned and
 *   dated (complete); B's approved 100 days ago, review 5 days ago (overdue), an undated action (not complete) —
 *   CIN 1 of 2; C's child protection plan started 20 days ago, not yet approved, no actions (up to date in its first
 *   month, not in completeness) — CP 1 of 1; no care plans, so that figure counts nothing; complete 1 of 2;</li>
 *   <li>pathway plans (young people not allocated, so not in the supervision figure): D and E, former relevant
 *   (19), reviewed 100 days ago (up to date) and 200 days ago (not: more than 6 months) — 1 of 2; F, eligible (17),
 *   never approved — 0 of 1; nobody relevant.</li>
 * </ul>
 * Another service area's team has figures of its own, which the head of service of the first never sees.
 */
abstract class ComplianceContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    ComplianceService compliance;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanSummaries summaries;
    @Autowired
    PathwayService pathway;

    final LocalDate today = LocalDate.now();
    TestCouncil.Unit unit;
    TestCouncil.Unit elsewhere;
    String headOfService;

    @BeforeEach
    void handCountedTeam() {
        unit = council.unit();
        UUID a = council.child(unit);
        UUID b = council.child(unit);
        UUID c = council.child(unit.teamId(), unit.otherWorkerId(), Category.CP,
                today.minusYears(12));
        UUID waiting = council.child(unit.teamId(), null, Category.CIN, today.minusYears(3));
        backDate(List.of(a, b, c, waiting), 200);
        supervision(unit, unit.workerId(), 10, today.plusDays(20), a);
        supervision(unit, unit.otherWorkerId(), 60, today.minusDays(30), null);
        supervision(unit, unit.otherWorkerId(), 100, today.minusDays(70), c);
        episode(a, 20, true);
        episode(b, 30, false);
        episode(c, 10, null);
        episode(a, 120, true);
        plan(a, "CIN", 200, 100, today.plusDays(10), true);
        plan(b, "CIN", 200, 100, today.minusDays(5), false);
        plan(c, "CP", 20, null, null, null);
        pathway(unit, Category.CARE_LEAVER, 19, 100);
        pathway(unit, Category.CARE_LEAVER, 19, 200);
        pathway(unit, Category.CLA, 17, null);
        headOfService = unit.prefix() + "-hos";
        council.headOfService(headOfService, Set.of(unit.serviceAreaId()));

        // The other area: one worker, supervised in time, one child interviewed in time.
        elsewhere = council.unit();
        UUID there = council.child(elsewhere);
        backDate(List.of(there), 200);
        supervision(elsewhere, elsewhere.workerId(), 5, today.plusDays(25), there);
        episode(there, 5, true);
        plan(there, "CLA", 200, 100, today.minusDays(1), false);
        pathway(elsewhere, Category.CARE_LEAVER, 20, 10);
        // The plans were written straight into their tables, as the generated council's are.
        summaries.rebuildAll();
    }

    /** A plan with one version, approved {@code approvedDaysAgo} days ago or never; with two actions, one undated
     * unless {@code complete}, or none when {@code complete} is null. */
    private void plan(UUID child, String type, int startedDaysAgo, Integer approvedDaysAgo, LocalDate nextReview,
                      Boolean complete) {
        UUID plan = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        long author = jdbc.queryForObject("select allocated_worker_id from child where id = ?", Long.class, child);
        Timestamp written = Timestamp.from(Instant.now().minus(Duration.ofDays(approvedDaysAgo == null ? 1 : approvedDaysAgo + 1)));
        jdbc.update("insert into plan (id, child_id, plan_type, started_on, current_version_id, created_at) values (?, ?, ?, ?, ?, ?)",
                plan, child, type, Date.valueOf(today.minusDays(startedDaysAgo)), version, written);
        jdbc.update("""
                        insert into plan_version (id, plan_id, version_number, status, next_review_date, author_id,
                            created_at, last_edited_by, last_edited_at, approved_at)
                        values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""",
                version, plan, approvedDaysAgo == null ? "DRAFT" : "APPROVED",
                nextReview == null ? null : Date.valueOf(nextReview), author, written, author, written,
                approvedDaysAgo == null ? null : Timestamp.from(Instant.now().minus(Duration.ofDays(approvedDaysAgo))));
        if (complete != null) {
            for (int position = 0; position < 2; position++) {
                jdbc.update("""
                                insert into plan_action (version_id, position, description, owner_staff_id, due_date, status)
                                values (?, ?, 'Attend the school meeting', ?, ?, 'NOT_STARTED')""",
                        version, position, author,
                        complete || position == 0 ? Date.valueOf(today.plusDays(30)) : null);
            }
        }
    }

    /** An unallocated young person of the team, of this age, with a pathway plan approved days ago or never. */
    private void pathway(TestCouncil.Unit team, Category category, int age, Integer approvedDaysAgo) {
        UUID child = council.child(team.teamId(), null, category, today.minusYears(age));
        UUID plan = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        Timestamp written = Timestamp.from(Instant.now().minus(Duration.ofDays(300)));
        jdbc.update("""
                        insert into pathway_plan (id, child_id, started_on, current_version_id, last_reviewed_on, created_at)
                        values (?, ?, ?, ?, ?, ?)""", plan, child, Date.valueOf(today.minusDays(300)), version,
                approvedDaysAgo == null ? null : Date.valueOf(today.minusDays(approvedDaysAgo)), written);
        jdbc.update("""
                        insert into pathway_version (id, plan_id, version_number, status, author_id, created_at,
                            last_edited_by, last_edited_at, approved_at)
                        values (?, ?, 1, ?, ?, ?, ?, ?, ?)""",
                version, plan, approvedDaysAgo == null ? "DRAFT" : "APPROVED", team.workerId(), written,
                team.workerId(), written,
                approvedDaysAgo == null ? null : Timestamp.from(Instant.now().minus(Duration.ofDays(approvedDaysAgo))));
    }

    private void backDate(List<UUID> children, int days) {
        for (UUID child : children) {
            jdbc.update("update child set opened_on = ? where id = ?", Date.valueOf(today.minusDays(days)), child);
            jdbc.update("update child_allocation set valid_from = ? where child_id = ?", Date.valueOf(today.minusDays(days)), child);
        }
    }

    private void supervision(TestCouncil.Unit team, long supervisee, int daysAgo, LocalDate nextDue, UUID discussed) {
        UUID id = UUID.randomUUID();
        LocalDate held = today.minusDays(daysAgo);
        jdbc.update("""
                        insert into supervision (id, supervisee_id, supervisor_id, team_id, held_on, duration_minutes,
                            reflective_discussion, wellbeing, workload, next_due_on, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, 60, 'Reflection', 'Well', 'Manageable', ?, ?, ?)""",
                id, supervisee, team.managerId(), team.teamId(), Date.valueOf(held), Date.valueOf(nextDue),
                team.managerId(), Timestamp.from(Instant.now()));
        if (discussed != null) {
            jdbc.update("""
                            insert into case_discussion (id, supervision_id, position, child_id, held_on, discussion,
                                decision, rationale)
                            values (?, ?, 0, ?, ?, 'Progress', 'Carry on', 'The plan is working')""",
                    UUID.randomUUID(), id, discussed, Date.valueOf(held));
        }
    }

    /** An episode that began {@code daysAgo} days ago, back a day later; interview in time, late, or declined (null). */
    private void episode(UUID child, int daysAgo, Boolean inTime) {
        UUID id = UUID.randomUUID();
        Instant missing = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(daysAgo));
        Instant returned = missing.plus(Duration.ofDays(1));
        long recorder = jdbc.queryForObject("select allocated_worker_id from child where id = ?", Long.class, child);
        jdbc.update("""
                        insert into missing_episode (id, child_id, missing_from, returned_at, reported_to_police,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, true, ?, ?)""",
                id, child, Timestamp.from(missing), Timestamp.from(returned), recorder, Timestamp.from(returned));
        Instant held = returned.plus(Duration.ofHours(Boolean.TRUE.equals(inTime) ? 30 : 100));
        jdbc.update("""
                        insert into return_interview (id, episode_id, outcome, offered_at, held_at, within_deadline,
                            strategy_discussion, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, false, ?, ?)""",
                UUID.randomUUID(), id, inTime == null ? "DECLINED" : "HELD", Timestamp.from(returned.plusSeconds(3600)),
                inTime == null ? null : Timestamp.from(held), inTime, recorder, Timestamp.from(returned));
    }

    ComplianceReport.Team team(ComplianceReport report, long id) {
        return report.teams().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theFiguresMatchTheHandCount() {
        ComplianceReport report = runAs.user(unit.manager(), () -> compliance.compliance(today));
        var figures = team(report, unit.teamId()).figures();
        assertThat(figures.get("supervisedInTime")).isEqualTo(new Share(1, 2));
        assertThat(figures.get("casesDiscussedInTime")).isEqualTo(new Share(1, 3));
        assertThat(figures.get("returnInterviewsWithin72Hours")).isEqualTo(new Share(1, 2));
        assertThat(figures.get("casesDiscussedInTime").percent()).isEqualTo(33);
        assertThat(figures.get("plansUpToDateCin")).isEqualTo(new Share(1, 2));
        assertThat(figures.get("plansUpToDateCp")).isEqualTo(new Share(1, 1));
        assertThat(figures.get("plansUpToDateCla")).isEqualTo(Share.NONE);
        assertThat(figures.get("plansComplete")).isEqualTo(new Share(1, 2));
        assertThat(figures.get("pathwayPlansUpToDateEligible")).isEqualTo(new Share(0, 1));
        assertThat(figures.get("pathwayPlansUpToDateRelevant")).isEqualTo(Share.NONE);
        assertThat(figures.get("pathwayPlansUpToDateFormerRelevant")).isEqualTo(new Share(1, 2));
        assertThat(report.authority()).isEqualTo(figures);
    }

    @Test
    void everyFeaturesFiguresComeInTheirOrder() {
        // Plans, pathway plans, supervision, return interviews, as seed 003 lists them; a feature not built would
        // simply be absent.
        ComplianceReport report = runAs.user(unit.manager(), () -> compliance.compliance(today));
        List<String> measures = List.of("plansUpToDateCin", "plansUpToDateCp", "plansUpToDateCla", "plansComplete",
                "pathwayPlansUpToDateEligible", "pathwayPlansUpToDateRelevant", "pathwayPlansUpToDateFormerRelevant",
                "supervisedInTime", "casesDiscussedInTime", "returnInterviewsWithin72Hours");
        assertThat(report.measures()).extracting(ComplianceMeasure::key).containsExactlyElementsOf(measures);
        assertThat(report.authority()).containsOnlyKeys(measures);
    }

    @Test
    void eachFigureNamesTheListBehindItAndThatListMatchesTheCount() throws Exception {
        String list = runAs.user(unit.manager(), () -> compliance.drillDown("returnInterviewsWithin72Hours", today,
                unit.teamId())).orElseThrow().api();
        assertThat(list).startsWith("/api/v1/missing-figures/interviews?");
        mvc.perform(get(list).with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].within72Hours").value(false))
                .andExpect(jsonPath("$[1].within72Hours").value(true));
        // Another area's team is not found, whatever its figures.
        mvc.perform(get("/api/v1/missing-figures/interviews?from=" + today.minusMonths(3) + "&to=" + today
                        + "&teamId=" + elsewhere.teamId()).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isNotFound());
        String supervision = runAs.user(unit.manager(), () -> compliance.drillDown("supervisedInTime", today,
                unit.teamId())).orElseThrow().api();
        mvc.perform(get(supervision).with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workers.length()").value(1))
                .andExpect(jsonPath("$.workers[0].staffId").value(unit.otherWorkerId()));
    }

    @Test
    void aPastDayGivesThePastFigure() {
        // 50 days ago: the second worker's record of 60 days ago was due 30 days ago, so in time then; the first
        // worker had no record yet. Child C was discussed 10 days before (in time); A and B not yet.
        ComplianceReport report = runAs.user(unit.manager(), () -> compliance.compliance(today.minusDays(50)));
        var figures = team(report, unit.teamId()).figures();
        assertThat(figures.get("supervisedInTime")).isEqualTo(new Share(1, 2));
        assertThat(figures.get("casesDiscussedInTime")).isEqualTo(new Share(1, 3));
        // Episodes that began in the three months to then: A's of 120 days ago, held in time (B's came later).
        assertThat(figures.get("returnInterviewsWithin72Hours")).isEqualTo(new Share(1, 1));
        // Both child in need plans were in force and their reviews not yet due; C's plan had not started.
        assertThat(figures.get("plansUpToDateCin")).isEqualTo(new Share(2, 2));
        assertThat(figures.get("plansUpToDateCp")).isEqualTo(Share.NONE);
        assertThat(figures.get("plansComplete")).isEqualTo(new Share(1, 2));
        // Both former relevant young people's reviews were then within the 6 months before.
        assertThat(figures.get("pathwayPlansUpToDateFormerRelevant")).isEqualTo(new Share(2, 2));
        assertThat(figures.get("pathwayPlansUpToDateEligible")).isEqualTo(new Share(0, 1));
    }

    @Test
    void aHeadOfServiceSeesTheirAreasAndNeverAnothers() {
        ComplianceReport report = runAs.user(headOfService, () -> compliance.compliance(today));
        assertThat(report.serviceAreas()).extracting(ComplianceReport.Area::id).containsExactly(unit.serviceAreaId());
        assertThat(report.teams()).extracting(ComplianceReport.Team::id).containsExactly(unit.teamId());
        assertThat(report.authority().get("supervisedInTime")).isEqualTo(new Share(1, 2));
        ComplianceReport theirs = runAs.user(elsewhere.manager(), () -> compliance.compliance(today));
        assertThat(theirs.authority().get("supervisedInTime")).isEqualTo(new Share(1, 1));
        assertThat(theirs.authority().get("returnInterviewsWithin72Hours")).isEqualTo(new Share(1, 1));
        assertThat(theirs.authority().get("plansUpToDateCla")).isEqualTo(new Share(0, 1));
        assertThat(report.authority().get("plansUpToDateCla")).isEqualTo(Share.NONE);
        assertThat(theirs.authority().get("pathwayPlansUpToDateFormerRelevant")).isEqualTo(new Share(1, 1));
        assertThat(report.authority().get("pathwayPlansUpToDateFormerRelevant")).isEqualTo(new Share(1, 2));
    }

    @Test
    void thePathwayFigureIsThePathwayReportsAndItsListNamesThePlansInScope() throws Exception {
        // Today the figure agrees with the pathway report (reviewed within 6 months, per team and status).
        PathwayReportRow row = runAs.user(unit.manager(), () -> pathway.upToDateReport()).stream()
                .filter(r -> r.teamId() == unit.teamId() && r.status() == CareLeaverStatus.FORMER_RELEVANT)
                .findFirst().orElseThrow();
        assertThat(new Share(row.upToDate(), row.plans())).isEqualTo(new Share(1, 2));

        String list = runAs.user(headOfService, () -> compliance.drillDown("pathwayPlansUpToDateFormerRelevant", today,
                unit.teamId())).orElseThrow().api();
        assertThat(list).isEqualTo("/api/v1/reports/pathway-plans/up-to-date?asOf=" + today
                + "&status=FORMER_RELEVANT&teamId=" + unit.teamId());
        mvc.perform(get(list).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.upToDate == true)].lastReviewedOn").value(today.minusDays(100).toString()))
                .andExpect(jsonPath("$[?(@.upToDate == false)].lastReviewedOn").value(today.minusDays(200).toString()));
        mvc.perform(get(list.replace("up-to-date?", "up-to-date.csv?")).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(Matchers.startsWith("Team,Young person,Status,Last reviewed,Up to date")))
                .andExpect(content().string(Matchers.containsString("Former relevant," + today.minusDays(200) + ",No")));
        // Another area's young people are not found for this head of service, whatever their figures.
        mvc.perform(get("/api/v1/reports/pathway-plans/up-to-date?teamId=" + elsewhere.teamId())
                        .with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/pathway-plans/up-to-date?status=SUPPORT_ENDED")
                        .with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/reports/pathway-plans/up-to-date").with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRequestCostsAFixedSmallNumberOfStatementsHoweverManyTeams() throws Exception {
        int oneArea = StatementCounter.statementsIn(() -> request(headOfService));
        String everything = unit.prefix() + "-hos-all";
        council.headOfService(everything, Set.copyOf(jdbc.queryForList("select id from service_area", Long.class)));
        int allAreas = StatementCounter.statementsIn(() -> request(everything));
        int service = runAs.<Integer>user(everything, () -> StatementCounter.statementsIn(() -> compliance.compliance(today)));
        // The report: the caller's teams (3), plans (1), pathway plans (1), supervision's two figures (2), return
        // interviews (1). The request adds the web layer's own (the caller's account), whatever the number of teams.
        assertThat(service).isLessThanOrEqualTo(8);
        assertThat(oneArea).isLessThanOrEqualTo(11);
        assertThat(allAreas).isEqualTo(oneArea);
    }

    private void request(String user) {
        try {
            mvc.perform(get("/api/v1/oversight/compliance?asOf=" + today).with(TestUsers.as(accounts, user)))
                    .andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theApiGivesJsonAndCsvWithTheListsBehindToManagersAndNothingToPractitioners() throws Exception {
        mvc.perform(get("/api/v1/oversight/compliance?asOf=" + today).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].key").value("plansUpToDateCin"))
                .andExpect(jsonPath("$.authority.figures.plansUpToDateCin.percent").value(50))
                .andExpect(jsonPath("$.authority.figures.plansComplete.list").value(
                        "/api/v1/reports/plan-completeness"))
                .andExpect(jsonPath("$.authority.figures.supervisedInTime.met").value(1))
                .andExpect(jsonPath("$.authority.figures.supervisedInTime.total").value(2))
                .andExpect(jsonPath("$.authority.figures.supervisedInTime.percent").value(50))
                .andExpect(jsonPath("$.serviceAreas[0].figures.casesDiscussedInTime.percent").value(33))
                .andExpect(jsonPath("$.serviceAreas[0].teams[0].figures.returnInterviewsWithin72Hours.total").value(2))
                .andExpect(jsonPath("$.serviceAreas[0].teams[0].figures.supervisedInTime.list").value(
                        "/api/v1/oversight/supervision/overdue?asOf=" + today + "&teamId=" + unit.teamId()))
                .andExpect(jsonPath("$.authority.figures.pathwayPlansUpToDateFormerRelevant.percent").value(50))
                .andExpect(jsonPath("$.authority.figures.pathwayPlansUpToDateEligible.list").value(
                        "/api/v1/reports/pathway-plans/up-to-date?asOf=" + today + "&status=ELIGIBLE"));
        mvc.perform(get("/api/v1/oversight/compliance.csv?asOf=" + today).with(TestUsers.as(accounts, headOfService)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(Matchers.containsString("Workers supervised in time: in time")))
                .andExpect(content().string(Matchers.containsString("Team,Area " + unit.prefix() + ",Team "
                        + unit.prefix() + ",1,2,50,1,1,100,0,0,,1,2,50,0,1,0,0,0,,1,2,50,1,2,50,1,3,33,1,2,50")));
        mvc.perform(get("/api/v1/oversight/compliance").header("Accept", "text/csv")
                        .with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/api/v1/oversight/compliance").with(TestUsers.as(accounts, unit.worker())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/oversight/compliance?asOf=" + today.plusDays(1)).with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get("/api/v1/oversight/compliance?asOf=yesterday").with(TestUsers.as(accounts, unit.manager())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
}
