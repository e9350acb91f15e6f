package org.waypoint.supervision;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.children.Category;
import org.waypoint.supervision.SupervisionFixtures.Held;

/**
 * Supervision records, their access rules, the child's management oversight, and compliance figures against a
 * hand-counted fixture; run on H2 and on PostgreSQL by the subclasses. Each test builds its own team.
 */
abstract class SupervisionApiContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Clock clock;

    TestCouncil.Unit unit;
    LocalDate today;

    @BeforeEach
    void newTeam() {
        unit = council.unit();
        today = LocalDate.now(clock);
    }

    RequestPostProcessor as(String username) {
        return TestUsers.as(accounts, username);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String supervisionJson(long superviseeId, UUID childId) {
        return """
                {"superviseeId": %d, "heldOn": "%s", "durationMinutes": 75,
                 "reflectiveDiscussion": "Reflected on a visit where the father was hostile.",
                 "wellbeing": "Tired but well supported.", "workload": "15 cases, within the safe level.",
                 "learningAndDevelopment": "Court skills workshop booked.",
                 "actions": [{"description": "Book recording time", "owner": "Sam", "dueDate": "%s"}],
                 "caseDiscussions": [{"childId": "%s", "discussion": "Two further police call-outs.",
                   "decision": "Convene a core group within 10 working days.",
                   "rationale": "Risk is rising and the plan is not reducing it.",
                   "actions": [{"description": "Convene core group", "owner": "Sam", "dueDate": "%s"}]}]}"""
                .formatted(superviseeId, today, today.plusDays(7), childId, today.plusDays(10));
    }

    String recordAs(String manager, long superviseeId, UUID childId) throws Exception {
        String body = mvc.perform(json(post("/api/v1/supervision").with(as(manager)), supervisionJson(superviseeId, childId)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return body.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aManagerRecordsSupervisionAndTheCaseDecisionIsOnTheChildsRecord() throws Exception {
        UUID child = council.child(unit);

        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())), supervisionJson(unit.workerId(), child)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/supervision/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.supervisorId").value(unit.managerId()))
                .andExpect(jsonPath("$.caseDiscussions[0].childName").value(Matchers.startsWith("Test Child")))
                .andExpect(jsonPath("$.caseDiscussions[0].actions[0].owner").value("Sam"))
                .andExpect(jsonPath("$.nextDueOn").value(today.plusDays(31).toString()))
                .andExpect(jsonPath("$.acknowledgedAt").value(Matchers.nullValue()));

        for (String reader : new String[] {unit.worker(), unit.manager()}) {
            mvc.perform(get("/api/v1/children/" + child + "/management-oversight").with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].decision").value("Convene a core group within 10 working days."))
                    .andExpect(jsonPath("$[0].rationale").value("Risk is rising and the plan is not reducing it."))
                    .andExpect(jsonPath("$[0].decidedByName").value("Staff " + unit.manager()))
                    .andExpect(jsonPath("$[0].heldOn").value(today.toString()));
        }
        // A colleague in the same team who does not hold the child cannot read it.
        mvc.perform(get("/api/v1/children/" + child + "/management-oversight").with(as(unit.otherWorker())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aChildNotAllocatedToTheSuperviseeIsRefusedNamingTheChild() throws Exception {
        UUID colleagues = council.child(unit.teamId(), unit.otherWorkerId(), Category.CP, today.minusYears(4));
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())), supervisionJson(unit.workerId(), colleagues)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].section").value("caseDiscussions[0]"))
                .andExpect(jsonPath("$.errors[0].field").value("childId"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(
                        Matchers.startsWith("Test Child"), Matchers.containsString("is not allocated to"))));

        // A child the manager cannot see is named by its id only.
        UUID elsewhere = council.child(council.unit());
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())), supervisionJson(unit.workerId(), elsewhere)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(
                        Matchers.containsString(elsewhere.toString()), Matchers.not(Matchers.containsString("Test Child")))));
    }

    @Test
    void everyMissingPartIsNamedWithItsPlace() throws Exception {
        UUID child = council.child(unit);
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())), """
                        {"superviseeId": %d, "heldOn": "%s",
                         "actions": [{"description": "Book recording time"}],
                         "caseDiscussions": [{"childId": "%s", "discussion": "Discussed."}, {"childId": "%s"}]}"""
                        .formatted(unit.workerId(), today.plusDays(1), child, child)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'heldOn')].message").value("The date cannot be in the future"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems(
                        "heldOn", "durationMinutes", "reflectiveDiscussion", "wellbeing", "workload")))
                .andExpect(jsonPath("$.errors[?(@.section == 'actions')].field",
                        Matchers.containsInAnyOrder("owner", "dueDate")))
                .andExpect(jsonPath("$.errors[?(@.section == 'actions')].actionIndex", Matchers.everyItem(Matchers.is(0))))
                .andExpect(jsonPath("$.errors[?(@.section == 'caseDiscussions[0]')].field",
                        Matchers.containsInAnyOrder("decision", "rationale")))
                .andExpect(jsonPath("$.errors[?(@.section == 'caseDiscussions[1]')].field",
                        Matchers.containsInAnyOrder("childId", "discussion", "decision", "rationale")));
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())),
                        "{\"superviseeId\": " + unit.workerId() + ", \"heldOn\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
    }

    @Test
    void onlyTheSuperviseesManagerOrAHeadOfServiceOverTheTeamRecords() throws Exception {
        UUID child = council.child(unit);
        TestCouncil.Unit other = council.unit();

        mvc.perform(json(post("/api/v1/supervision").with(as(other.manager())), supervisionJson(unit.workerId(), child)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.otherWorker())), supervisionJson(unit.workerId(), child)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())), supervisionJson(999_999_999L, child)))
                .andExpect(status().isNotFound());
        // A team manager is supervised by the head of service, not by themselves.
        mvc.perform(json(post("/api/v1/supervision").with(as(unit.manager())), supervisionJson(unit.managerId(), child)))
                .andExpect(status().isForbidden());

        String hos = unit.prefix() + "-hos";
        council.headOfService(hos, Set.of(unit.serviceAreaId()));
        mvc.perform(json(post("/api/v1/supervision").with(as(hos)), supervisionJson(unit.workerId(), child)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.supervisorName").value("Staff " + hos));
    }

    @Test
    void theRecordIsReadByItsPartiesAndTheManagersOverTheTeamOnly() throws Exception {
        UUID child = council.child(unit);
        String id = recordAs(unit.manager(), unit.workerId(), child);
        TestCouncil.Unit other = council.unit();
        String otherHos = other.prefix() + "-hos";
        council.headOfService(otherHos, Set.of(other.serviceAreaId()));
        String hos = unit.prefix() + "-hos";
        council.headOfService(hos, Set.of(unit.serviceAreaId()));

        for (String reader : new String[] {unit.manager(), unit.worker(), hos}) {
            mvc.perform(get("/api/v1/supervision/" + id).with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.reflectiveDiscussion").value("Reflected on a visit where the father was hostile."));
        }
        for (String stranger : new String[] {other.manager(), otherHos, unit.otherWorker()}) {
            mvc.perform(get("/api/v1/supervision/" + id).with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/supervision?superviseeId=" + unit.workerId()).with(as(unit.worker())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].caseDiscussions").value(1));
        mvc.perform(get("/api/v1/supervision?superviseeId=" + unit.workerId()).with(as(other.manager())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSuperviseeCommentsAndAcknowledgesAndThenTheRecordIsLocked() throws Exception {
        UUID child = council.child(unit);
        String id = recordAs(unit.manager(), unit.workerId(), child);
        String edit = supervisionJson(unit.workerId(), child).replace("Tired but well supported.", "Well.");

        mvc.perform(json(put("/api/v1/supervision/" + id).with(as(unit.manager())), edit))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(json(put("/api/v1/supervision/" + id).with(as(unit.manager())).header("If-Match", "\"0\""), edit))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.wellbeing").value("Well."));
        mvc.perform(json(put("/api/v1/supervision/" + id).with(as(unit.manager())).header("If-Match", "\"0\""), edit))
                .andExpect(status().isPreconditionFailed());

        mvc.perform(json(put("/api/v1/supervision/" + id + "/comments").with(as(unit.manager())), "{\"comments\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/supervision/" + id + "/comments").with(as(unit.worker())),
                        "{\"comments\": \"I agree with the record.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.superviseeComments").value("I agree with the record."));
        mvc.perform(json(post("/api/v1/supervision/" + id + "/addenda").with(as(unit.manager())), "{\"note\": \"Early\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/supervision/" + id + "/acknowledgement").with(as(unit.worker())), "{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedAt").value(Matchers.notNullValue()))
                .andExpect(jsonPath("$.superviseeComments").value("I agree with the record."));

        mvc.perform(json(put("/api/v1/supervision/" + id).with(as(unit.manager())).header("If-Match", "\"3\""), edit))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/supervision/" + id + "/comments").with(as(unit.worker())), "{\"comments\": \"x\"}"))
                .andExpect(status().isConflict());

        mvc.perform(json(post("/api/v1/supervision/" + id + "/addenda").with(as(unit.manager())),
                        "{\"note\": \"Core group moved to 12 working days: the school was closed.\", \"childId\": \"" + child + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addenda[0].writtenByName").value("Staff " + unit.manager()));
        mvc.perform(json(post("/api/v1/supervision/" + id + "/addenda").with(as(unit.worker())),
                        "{\"note\": \"x\", \"childId\": \"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("childId"));
        mvc.perform(get("/api/v1/children/" + child + "/management-oversight").with(as(unit.worker())))
                .andExpect(jsonPath("$[0].addenda[0].note").value("Core group moved to 12 working days: the school was closed."));
    }

    /**
     * The hand count. Team: three practitioners with cases (w1, w2, nq newly qualified 30 days ago) and w4 with a
     * case but never supervised; the manager holds one child. As at today (interval 31 days, cases 90 days):
     * <pre>
     *  worker  sessions (days ago)      due (days from today)   in time?
     *  w1      45, 20 (discusses c1)     +11                     yes
     *  w2      100 (c3, c4), 40 (c3)     -9                      no
     *  nq      10 (weekly stage)         -3                      no
     *  w4      none                      -                       no      → 1 of 4 = 0.25
     *
     *  child   held by  allocated since  opened   last discussed   in time?
     *  c1      w1       200              201      20               yes
     *  c2      w1       200              201      never (111 over) no
     *  c3      w2       200              201      40               yes
     *  c4      w2       200              201      100 (10 over)    no
     *  c7      nq       5                6        never, not due   yes
     *  c8      w4       120              121      never (31 over)  no
     *  c6      manager  150              151      never (61 over)  no      → 3 of 7 = 0.429
     *  c10     w1 from 200 until 30 days ago (then unallocated)    counted up to 31 days ago only
     * </pre>
     * As at 30 days ago: workers w1 (session 45 days ago, due 14 days ago), w2 (due 9 days ago) in time, w4 not, and
     * nq held no child yet: 2 of 3. Children c1, c2, c3, c4, c8, c6; only c3 and c4 discussed in the 90 days before:
     * 2 of 6.
     */
    @Test
    void complianceFiguresMatchAHandCount() throws Exception {
        long w1 = unit.workerId();
        long w2 = unit.otherWorkerId();
        long nq = fixtures.worker(unit, "nq", today.minusDays(30));
        long w4 = fixtures.worker(unit, "w4", today.minusYears(3));
        UUID c1 = held(w1, 200);
        UUID c2 = held(w1, 200);
        UUID c3 = held(w2, 200);
        UUID c4 = held(w2, 200);
        UUID c7 = held(nq, 5);
        UUID c8 = held(w4, 120);
        UUID c6 = held(unit.managerId(), 150);
        UUID c10 = council.child(unit.teamId(), null, Category.CIN, today.minusYears(5));
        fixtures.history(c10, unit.teamId(), today.minusDays(201), new Held(null, today.minusDays(201), today.minusDays(200)),
                new Held(w1, today.minusDays(200), today.minusDays(30)), new Held(null, today.minusDays(30), null));

        fixtures.supervise(unit.manager(), w1, today.minusDays(45));
        fixtures.supervise(unit.manager(), w1, today.minusDays(20), c1);
        fixtures.supervise(unit.manager(), w2, today.minusDays(100), c3, c4);
        fixtures.supervise(unit.manager(), w2, today.minusDays(40), c3);
        fixtures.supervise(unit.manager(), nq, today.minusDays(10));

        mvc.perform(get("/api/v1/oversight/supervision?asOf=" + today + "&teamId=" + unit.teamId()).with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teams.length()").value(1))
                .andExpect(jsonPath("$.teams[0].teamId").value(unit.teamId()))
                .andExpect(jsonPath("$.teams[0].workers").value(4))
                .andExpect(jsonPath("$.teams[0].supervisedInTime").value(1))
                .andExpect(jsonPath("$.teams[0].workerCompliance").value(0.25))
                .andExpect(jsonPath("$.teams[0].childrenAllocated").value(7))
                .andExpect(jsonPath("$.teams[0].childrenDiscussedInTime").value(3))
                .andExpect(jsonPath("$.teams[0].caseCompliance").value(0.429))
                .andExpect(jsonPath("$.serviceAreas[0].serviceAreaId").value(unit.serviceAreaId()))
                .andExpect(jsonPath("$.serviceAreas[0].workers").value(4));

        mvc.perform(get("/api/v1/oversight/supervision?asOf=" + today.minusDays(30) + "&teamId=" + unit.teamId())
                        .with(as(unit.manager())))
                .andExpect(jsonPath("$.teams[0].workers").value(3))
                .andExpect(jsonPath("$.teams[0].supervisedInTime").value(2))
                .andExpect(jsonPath("$.teams[0].workerCompliance").value(0.667))
                .andExpect(jsonPath("$.teams[0].childrenAllocated").value(6))
                .andExpect(jsonPath("$.teams[0].childrenDiscussedInTime").value(2))
                .andExpect(jsonPath("$.teams[0].caseCompliance").value(0.333));
        // Half-open history: c10 was held by w1 up to, not on, the day 30 days ago.
        mvc.perform(get("/api/v1/oversight/supervision?asOf=" + today.minusDays(31) + "&teamId=" + unit.teamId())
                        .with(as(unit.manager())))
                .andExpect(jsonPath("$.teams[0].childrenAllocated").value(7));

        mvc.perform(get("/api/v1/oversight/supervision/overdue?teamId=" + unit.teamId()).with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workers[*].staffId").value(Matchers.contains(
                        (int) w4, (int) w2, (int) nq)))
                .andExpect(jsonPath("$.workers[0].daysOverdue").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.workers[1].daysOverdue").value(9))
                .andExpect(jsonPath("$.workers[2].daysOverdue").value(3))
                .andExpect(jsonPath("$.children[*].childId").value(Matchers.contains(
                        c2.toString(), c6.toString(), c8.toString(), c4.toString())))
                .andExpect(jsonPath("$.children[*].daysOverdue").value(Matchers.contains(111, 61, 31, 10)))
                .andExpect(jsonPath("$.children[3].lastDiscussedOn").value(today.minusDays(100).toString()));

        mvc.perform(get("/api/v1/oversight/supervision/trend?teamId=" + unit.teamId()).with(as(unit.manager())))
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[11].asAt").value(today.toString()))
                .andExpect(jsonPath("$[11].workerCompliance").value(0.25))
                .andExpect(jsonPath("$[11].caseCompliance").value(0.429))
                .andExpect(jsonPath("$[10].asAt").value(today.withDayOfMonth(1).minusDays(1).toString()));

        // A head of service tightens the team's policy: due dates move, and the figures with them.
        String hos = unit.prefix() + "-hos";
        council.headOfService(hos, Set.of(unit.serviceAreaId()));
        mvc.perform(json(put("/api/v1/teams/" + unit.teamId() + "/supervision-policy").with(as(unit.manager())),
                        "{\"practitionerIntervalDays\": 14, \"newlyQualifiedWeeklyWeeks\": 6, "
                                + "\"newlyQualifiedFortnightlyMonths\": 6, \"caseDiscussionIntervalDays\": 30}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/teams/" + unit.teamId() + "/supervision-policy").with(as(hos)).header("If-Match", "\"0\""),
                        "{\"practitionerIntervalDays\": 21, \"newlyQualifiedWeeklyWeeks\": 6, "
                                + "\"newlyQualifiedFortnightlyMonths\": 6, \"caseDiscussionIntervalDays\": 30}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value(false));
        // w1 (20 days ago, due in 1 day) stays in time; c1 (20 days ago) and c7 (opened 6 days ago) only.
        mvc.perform(get("/api/v1/oversight/supervision?teamId=" + unit.teamId()).with(as(hos)))
                .andExpect(jsonPath("$.teams[0].supervisedInTime").value(1))
                .andExpect(jsonPath("$.teams[0].childrenDiscussedInTime").value(2))
                .andExpect(jsonPath("$.teams[0].caseCompliance").value(0.286));
        mvc.perform(get("/api/v1/oversight/supervision/overdue?teamId=" + unit.teamId()).with(as(hos)))
                .andExpect(jsonPath("$.workers[?(@.staffId == " + w2 + ")].daysOverdue").value(Matchers.contains(19)));
    }

    UUID held(long workerId, int daysAgo) {
        UUID child = council.child(unit.teamId(), null, Category.CIN, today.minusYears(7));
        fixtures.history(child, unit.teamId(), today.minusDays(daysAgo + 1),
                new Held(null, today.minusDays(daysAgo + 1), today.minusDays(daysAgo)),
                new Held(workerId, today.minusDays(daysAgo), null));
        return child;
    }

    @Test
    void complianceIsForManagersWithinTheirOwnTeams() throws Exception {
        TestCouncil.Unit other = council.unit();
        mvc.perform(get("/api/v1/oversight/supervision").with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teams[*].teamId").value(Matchers.contains((int) unit.teamId())));
        mvc.perform(get("/api/v1/oversight/supervision?teamId=" + other.teamId()).with(as(unit.manager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/oversight/supervision").with(as(unit.worker())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/oversight/supervision?asOf=" + today.plusDays(1)).with(as(unit.manager())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get("/api/v1/oversight/supervision?asOf=31-12-2025").with(as(unit.manager())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
}
