package org.waypoint.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waypoint.IntegrationTest;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.trust.AccessWorld.Caller;
import org.waypoint.trust.AccessWorld.Relation;

/**
 * Every REST endpoint, for every role and every relation to the record, with the status it must answer. A new
 * endpoint joins by adding a row. Records the caller may not see answer 404, never 403 and never their data;
 * 403 is only for what the caller's role may never do, whatever the record.
 *
 * <p>In paths and bodies, {child} is the row's child for the caller, {worker} the worker now holding it, and
 * {team} team A1, {plan} a submitted plan of the row's child, {pathway} a submitted pathway plan of the row's child.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessMatrixTest {

    record Row(String method, String path, Relation relation, @Nullable String body, int... expected) {
    }

    static Row row(String method, String path, Relation relation, @Nullable String body, int sw, int pa, int tm,
                   int hos, int admin, int anonymous) {
        return new Row(method, path, relation, body, sw, pa, tm, hos, admin, anonymous);
    }

    /** A supervision of the worker holding the row's child, discussing that child. */
    static final String SUPERVISION = """
            {"superviseeId":{worker},"heldOn":"%s","durationMinutes":60,"reflectiveDiscussion":"How the week went",
             "wellbeing":"Well","workload":"Manageable","learningAndDevelopment":"Training booked","actions":[],
             "caseDiscussions":[{"childId":"{child}","discussion":"Progress at school","decision":"Carry on",
                                 "rationale":"The plan is working","actions":[]}]}""".formatted(java.time.LocalDate.now());

    //                                                                                 SW   PA   TM  HoS  ADMIN ANON
    static final List<Row> ROWS = List.of(
            row("GET", "/api/v1/me", Relation.NONE, null,                              200, 200, 200, 200, 200, 401),
            row("GET", "/api/v1/children", Relation.NONE, null,                        200, 200, 200, 200, 200, 401),
            row("GET", "/api/v1/children/{child}", Relation.OWN, null,                 200, 200, 200, 200, 404, 401),
            row("GET", "/api/v1/children/{child}", Relation.SAME_TEAM, null,           404, 404, 200, 200, 404, 401),
            row("GET", "/api/v1/children/{child}", Relation.OTHER_TEAM, null,          404, 404, 404, 200, 404, 401),
            row("GET", "/api/v1/children/{child}", Relation.OTHER_SERVICE_AREA, null,  404, 404, 404, 404, 404, 401),
            // the child's chronology
            row("GET", "/api/v1/children/{child}/chronology", Relation.OWN, null,      200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/chronology", Relation.SAME_TEAM, null, 404, 404, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/chronology", Relation.OTHER_TEAM, null,
                                                                                       404, 404, 404, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/chronology?kind=Allocation", Relation.OTHER_SERVICE_AREA, null,
                                                                                       404, 404, 404, 404, 403, 401),
            row("PUT", "/api/v1/children/{child}/allocation", Relation.SAME_TEAM, "{\"workerId\":{worker}}",
                                                                                       403, 403, 200, 200, 200, 401),
            row("PUT", "/api/v1/children/{child}/allocation", Relation.OTHER_TEAM, "{\"workerId\":{worker}}",
                                                                                       403, 403, 404, 200, 200, 401),
            row("PUT", "/api/v1/children/{child}/allocation", Relation.OTHER_SERVICE_AREA, "{\"workerId\":{worker}}",
                                                                                       403, 403, 404, 404, 200, 401),
            row("PUT", "/api/v1/children/{child}/legal-status", Relation.OWN, "{\"legalStatus\":\"SECTION_20\"}",
                                                                                       200, 200, 200, 200, 403, 401),
            row("PUT", "/api/v1/children/{child}/legal-status", Relation.SAME_TEAM, "{\"legalStatus\":\"SECTION_20\"}",
                                                                                       404, 404, 200, 200, 403, 401),
            row("PUT", "/api/v1/children/{child}/legal-status", Relation.OTHER_TEAM, "{\"legalStatus\":\"SECTION_20\"}",
                                                                                       404, 404, 404, 200, 403, 401),
            row("PUT", "/api/v1/children/{child}/legal-status", Relation.OTHER_SERVICE_AREA, "{\"legalStatus\":null}",
                                                                                       404, 404, 404, 404, 403, 401),
            row("POST", "/api/v1/children", Relation.NONE, """
                    {"givenName":"Matrix","familyName":"Child","dateOfBirth":"2016-01-01","category":"CIN","teamId":{team}}""",
                                                                                       403, 403, 201, 403, 201, 401),
            row("GET", "/api/v1/staff", Relation.NONE, null,                           403, 403, 403, 403, 200, 401),
            row("POST", "/api/v1/service-areas", Relation.NONE, "{\"name\":\"\"}",    403, 403, 403, 403, 422, 401),
            row("POST", "/api/v1/teams", Relation.NONE, "{}",                          403, 403, 403, 403, 422, 401),
            row("POST", "/api/v1/staff", Relation.NONE, "{}",                          403, 403, 403, 403, 422, 401),
            row("GET", "/api/v1/service-areas", Relation.NONE, null,                   200, 200, 200, 200, 200, 401),
            row("GET", "/api/v1/teams", Relation.NONE, null,                           200, 200, 200, 200, 200, 401),
            row("GET", "/api/v1/oversight/caseloads", Relation.NONE, null,             403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/oversight/caseloads.csv", Relation.NONE, null,         403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/oversight/compliance", Relation.NONE, null,            403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/oversight/compliance.csv", Relation.NONE, null,        403, 403, 200, 200, 403, 401),
            // supervision
            row("GET", "/api/v1/children/{child}/management-oversight", Relation.OWN, null,
                                                                                       200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/management-oversight", Relation.SAME_TEAM, null,
                                                                                       404, 404, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/management-oversight", Relation.OTHER_TEAM, null,
                                                                                       404, 404, 404, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/management-oversight", Relation.OTHER_SERVICE_AREA, null,
                                                                                       404, 404, 404, 404, 403, 401),
            // supervising someone outside one's teams is refused for who they are, before any child is looked at
            row("POST", "/api/v1/supervision", Relation.SAME_TEAM, SUPERVISION,         403, 403, 201, 201, 403, 401),
            row("POST", "/api/v1/supervision", Relation.OTHER_TEAM, SUPERVISION,        403, 403, 403, 201, 403, 401),
            row("POST", "/api/v1/supervision", Relation.OTHER_SERVICE_AREA, SUPERVISION,
                                                                                       403, 403, 403, 403, 403, 401),
            row("GET", "/api/v1/oversight/supervision", Relation.NONE, null,           403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/oversight/supervision/overdue", Relation.NONE, null,   403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/oversight/supervision/trend", Relation.NONE, null,     403, 403, 200, 200, 403, 401),
            // a team's supervision policy is organisation data, not a case record
            row("GET", "/api/v1/teams/{team}/supervision-policy", Relation.NONE, null, 200, 200, 200, 200, 200, 401),
            // A body the rules refuse (no time), so each row shows who gets as far as the rules.
            row("POST", "/api/v1/children/{child}/missing-episodes", Relation.OWN, "{\"reportedToPolice\":false}",
                                                                                       422, 422, 422, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/missing-episodes", Relation.SAME_TEAM, "{\"reportedToPolice\":false}",
                                                                                       404, 404, 422, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/missing-episodes", Relation.OTHER_TEAM, "{\"reportedToPolice\":false}",
                                                                                       404, 404, 404, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/missing-episodes", Relation.OTHER_SERVICE_AREA,
                    "{\"reportedToPolice\":false}",                                    404, 404, 404, 404, 403, 401),
            row("GET", "/api/v1/children/{child}/missing-episodes", Relation.OWN, null, 200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/missing-episodes", Relation.SAME_TEAM, null,
                                                                                       404, 404, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/missing-episodes", Relation.OTHER_TEAM, null,
                                                                                       404, 404, 404, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/missing-episodes", Relation.OTHER_SERVICE_AREA, null,
                                                                                       404, 404, 404, 404, 403, 401),
            row("GET", "/api/v1/missing-episodes/due", Relation.NONE, null,            200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/missing-patterns/shared", Relation.NONE, null,         200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/missing-figures/teams?from=2026-01-01&to=2026-03-31", Relation.NONE, null,
                                                                                       403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/missing-figures/interviews?from=2026-01-01&to=2026-03-31", Relation.NONE, null,
                                                                                       403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/exports/ssda903-missing.csv?year=2026", Relation.NONE, null,
                                                                                       403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/missing-factors", Relation.NONE, null,                 200, 200, 200, 200, 200, 401),
            // offline sync: always 200 for case roles, each change's own access is in its result (SyncApiContract)
            row("POST", "/api/v1/sync", Relation.NONE, "{\"deviceId\":\"tablet\",\"mutations\":[]}",
                                                                                       200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/sync/conflicts", Relation.NONE, null,                  200, 200, 200, 200, 403, 401),
            // what a tablet takes away: children the caller may not see are left out of the pack, never an error
            row("GET", "/api/v1/offline/choices", Relation.NONE, null,                 200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/offline/pack?child={child}", Relation.OWN, null,       200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/offline/pack?child={child}", Relation.OTHER_SERVICE_AREA, null,
                                                                                       200, 200, 200, 200, 403, 401),
            // plans: {plan} is a submitted plan of the row's child, written by the worker holding the child (the
            // manager's own child's plan by the manager, who therefore may not approve it: 403)
            row("POST", "/api/v1/children/{child}/plans", Relation.OWN, "{}",          422, 422, 422, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/plans", Relation.SAME_TEAM, "{}",    404, 404, 422, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/plans", Relation.OTHER_TEAM, "{}",   404, 404, 404, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/plans", Relation.OTHER_SERVICE_AREA, "{}",
                                                                                       404, 404, 404, 404, 403, 401),
            row("GET", "/api/v1/children/{child}/plans", Relation.OWN, null,           200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/plans", Relation.SAME_TEAM, null,     404, 404, 200, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/plans", Relation.OTHER_TEAM, null,    404, 404, 404, 200, 403, 401),
            row("GET", "/api/v1/children/{child}/plans", Relation.OTHER_SERVICE_AREA, null,
                                                                                       404, 404, 404, 404, 403, 401),
            row("GET", "/api/v1/plans/{plan}", Relation.OWN, null,                     200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/plans/{plan}", Relation.SAME_TEAM, null,               404, 404, 200, 200, 403, 401),
            row("GET", "/api/v1/plans/{plan}", Relation.OTHER_TEAM, null,              404, 404, 404, 200, 403, 401),
            row("GET", "/api/v1/plans/{plan}", Relation.OTHER_SERVICE_AREA, null,      404, 404, 404, 404, 403, 401),
            // no If-Match: refused by the rules once the caller may write
            row("PUT", "/api/v1/plans/{plan}", Relation.OWN, "{}",                     422, 422, 422, 422, 403, 401),
            row("PUT", "/api/v1/plans/{plan}", Relation.SAME_TEAM, "{}",               404, 404, 422, 422, 403, 401),
            row("PUT", "/api/v1/plans/{plan}", Relation.OTHER_TEAM, "{}",              404, 404, 404, 422, 403, 401),
            row("PUT", "/api/v1/plans/{plan}", Relation.OTHER_SERVICE_AREA, "{}",      404, 404, 404, 404, 403, 401),
            // already submitted
            row("POST", "/api/v1/plans/{plan}/submit", Relation.OWN, "{}",             409, 409, 409, 409, 403, 401),
            row("POST", "/api/v1/plans/{plan}/submit", Relation.SAME_TEAM, "{}",       404, 404, 409, 409, 403, 401),
            row("POST", "/api/v1/plans/{plan}/submit", Relation.OTHER_TEAM, "{}",      404, 404, 404, 409, 403, 401),
            row("POST", "/api/v1/plans/{plan}/submit", Relation.OTHER_SERVICE_AREA, "{}",
                                                                                       404, 404, 404, 404, 403, 401),
            // no rationale: refused by the rules once the caller may decide
            row("POST", "/api/v1/plans/{plan}/approve", Relation.OWN, "{\"rationale\":\"\"}",
                                                                                       403, 403, 403, 422, 403, 401),
            row("POST", "/api/v1/plans/{plan}/approve", Relation.SAME_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 422, 422, 403, 401),
            row("POST", "/api/v1/plans/{plan}/approve", Relation.OTHER_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 422, 403, 401),
            row("POST", "/api/v1/plans/{plan}/approve", Relation.OTHER_SERVICE_AREA, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 404, 403, 401),
            row("POST", "/api/v1/plans/{plan}/return", Relation.OWN, "{\"rationale\":\"\"}",
                                                                                       403, 403, 403, 422, 403, 401),
            row("POST", "/api/v1/plans/{plan}/return", Relation.SAME_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 422, 422, 403, 401),
            row("POST", "/api/v1/plans/{plan}/return", Relation.OTHER_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 422, 403, 401),
            row("POST", "/api/v1/plans/{plan}/return", Relation.OTHER_SERVICE_AREA, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 404, 403, 401),
            row("GET", "/api/v1/reports/plan-completeness", Relation.NONE, null,       403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/reports/plan-reviews-overdue", Relation.NONE, null,    200, 200, 200, 200, 403, 401),
            // pathway plans: as plans; {pathway} is a submitted pathway plan of the row's child, by the worker holding it
            // (POST: only pa's child is a care leaver, and has a plan already: 409; the others are not: 422)
            row("POST", "/api/v1/children/{child}/pathway-plans", Relation.OWN, "{}",          422, 409, 422, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/pathway-plans", Relation.SAME_TEAM, "{}",    404, 404, 422, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/pathway-plans", Relation.OTHER_TEAM, "{}",   404, 404, 404, 422, 403, 401),
            row("POST", "/api/v1/children/{child}/pathway-plans", Relation.OTHER_SERVICE_AREA, "{}",
                                                                                       404, 404, 404, 404, 403, 401),
            row("GET", "/api/v1/pathway-plans/{pathway}", Relation.OWN, null,                     200, 200, 200, 200, 403, 401),
            row("GET", "/api/v1/pathway-plans/{pathway}", Relation.SAME_TEAM, null,               404, 404, 200, 200, 403, 401),
            row("GET", "/api/v1/pathway-plans/{pathway}", Relation.OTHER_TEAM, null,              404, 404, 404, 200, 403, 401),
            row("GET", "/api/v1/pathway-plans/{pathway}", Relation.OTHER_SERVICE_AREA, null,      404, 404, 404, 404, 403, 401),
            row("PUT", "/api/v1/pathway-plans/{pathway}", Relation.OWN, "{}",                     422, 422, 422, 422, 403, 401),
            row("PUT", "/api/v1/pathway-plans/{pathway}", Relation.SAME_TEAM, "{}",               404, 404, 422, 422, 403, 401),
            row("PUT", "/api/v1/pathway-plans/{pathway}", Relation.OTHER_TEAM, "{}",              404, 404, 404, 422, 403, 401),
            row("PUT", "/api/v1/pathway-plans/{pathway}", Relation.OTHER_SERVICE_AREA, "{}",      404, 404, 404, 404, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/submit", Relation.OWN, "{}",             409, 409, 409, 409, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/submit", Relation.SAME_TEAM, "{}",       404, 404, 409, 409, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/submit", Relation.OTHER_TEAM, "{}",      404, 404, 404, 409, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/submit", Relation.OTHER_SERVICE_AREA, "{}",
                                                                                       404, 404, 404, 404, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/approve", Relation.OWN, "{\"rationale\":\"\"}",
                                                                                       403, 403, 403, 422, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/approve", Relation.SAME_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 422, 422, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/approve", Relation.OTHER_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 422, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/approve", Relation.OTHER_SERVICE_AREA, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 404, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/return", Relation.OWN, "{\"rationale\":\"\"}",
                                                                                       403, 403, 403, 422, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/return", Relation.SAME_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 422, 422, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/return", Relation.OTHER_TEAM, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 422, 403, 401),
            row("POST", "/api/v1/pathway-plans/{pathway}/return", Relation.OTHER_SERVICE_AREA, "{\"rationale\":\"\"}",
                                                                                       403, 403, 404, 404, 403, 401),
            row("GET", "/api/v1/reports/pathway-plans", Relation.NONE, null,           403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/reports/pathway-plans/up-to-date", Relation.NONE, null, 403, 403, 200, 200, 403, 401),
            row("GET", "/api/v1/reports/pathway-plans/up-to-date.csv", Relation.NONE, null,
                                                                                       403, 403, 200, 200, 403, 401)
    );

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;

    @Autowired
    JdbcTemplate jdbc;

    AccessWorld world;
    /** A submitted plan for each of the world's children, by child key. */
    Map<String, UUID> plans = new HashMap<>();
    /** A submitted pathway plan for each of the world's children, by child key. */
    Map<String, UUID> pathwayPlans = new HashMap<>();

    @BeforeAll
    void buildWorld() {
        world = AccessWorld.build(council);
        world.children().forEach((key, child) -> plans.put(key, submittedPlan(child, world.staff().get(key))));
        world.children().forEach((key, child) -> pathwayPlans.put(key, submittedPathwayPlan(child, world.staff().get(key))));
    }

    /** Written straight to the tables: the fixture must not depend on the API it checks. */
    private UUID submittedPlan(UUID child, long author) {
        UUID plan = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        jdbc.update("""
                insert into plan (id, child_id, plan_type, started_on, current_version_id, created_at)
                values (?, ?, 'CIN', current_date, ?, current_timestamp)""", plan, child, version);
        jdbc.update("""
                insert into plan_version (id, plan_id, version_number, status, author_id, created_at, last_edited_by,
                                          last_edited_at, submitted_at)
                values (?, ?, 1, 'SUBMITTED', ?, current_timestamp, ?, current_timestamp, current_timestamp)""",
                version, plan, author, author);
        return version;
    }

    private UUID submittedPathwayPlan(UUID child, long author) {
        UUID plan = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        jdbc.update("""
                insert into pathway_plan (id, child_id, started_on, current_version_id, created_at)
                values (?, ?, current_date, ?, current_timestamp)""", plan, child, version);
        jdbc.update("""
                insert into pathway_version (id, plan_id, version_number, status, author_id, created_at, last_edited_by,
                                             last_edited_at, submitted_at)
                values (?, ?, 1, 'SUBMITTED', ?, current_timestamp, ?, current_timestamp, current_timestamp)""",
                version, plan, author, author);
        return version;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleAndRelation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected()[caller.ordinal()];
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " " + row.relation() + " as " + caller
                        + " -> " + expected, () -> assertThat(status(row, caller)).isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    private int status(Row row, Caller caller) throws Exception {
        String key = AccessWorld.childKey(caller, row.relation());
        UUID child = world.children().get(key);
        Map<String, String> values = Map.of("{child}", child.toString(), "{worker}",
                world.staff().get(key).toString(), "{team}", world.staff().get("team").toString(),
                "{plan}", plans.get(key).toString(), "{pathway}", pathwayPlans.get(key).toString());
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), fill(row.path(), values));
        if (row.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(fill(row.body(), values));
        }
        if (caller != Caller.ANONYMOUS) {
            request.with(TestUsers.as(accounts, world.usernames().get(caller))).with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (var entry : values.entrySet()) {
            filled = filled.replace(entry.getKey(), entry.getValue());
        }
        return filled;
    }
}
