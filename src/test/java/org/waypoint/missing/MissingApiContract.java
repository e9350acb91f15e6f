package org.waypoint.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;
import org.waypoint.children.Category;

/**
 * The missing-episode API and the rules behind it, run against H2 and PostgreSQL by the subclasses. Each test
 * builds its own team (manager, two workers), so the demo council does not matter; times are relative to now.
 */
abstract class MissingApiContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TestCouncil council;
    @Autowired
    JdbcTemplate jdbc;

    TestCouncil.Unit unit;
    UUID child;
    Instant now;

    @BeforeEach
    void newTeam() {
        unit = council.unit();
        child = council.child(unit);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    RequestPostProcessor as(String username) {
        return TestUsers.as(accounts, username);
    }

    static RequestPostProcessor csrf() {
        return SecurityMockMvcRequestPostProcessors.csrf();
    }

    Instant hoursAgo(double hours) {
        return now.minus(Duration.ofMinutes(Math.round(hours * 60)));
    }

    ResultActions postEpisode(String user, UUID childId, String json) throws Exception {
        return mvc.perform(post("/api/v1/children/" + childId + "/missing-episodes").with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String episode(UUID childId, Instant from, Instant returned) throws Exception {
        String body = postEpisode(unit.worker(), childId, """
                {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":true,"policeReference":"Log 123",
                 "whereFound":"Friend's house"}""".formatted(from, returned))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return body.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    ResultActions postInterview(String user, String episodeId, String json) throws Exception {
        return mvc.perform(post("/api/v1/missing-episodes/" + episodeId + "/return-interview").with(as(user))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A complete held interview, independent interviewer, at the given times. */
    String heldInterview(Instant offeredAt, Instant heldAt, String extra) {
        return """
                {"offeredAt":"%s","heldAt":"%s","interviewerId":%d,"accepted":true,
                 "whereabouts":"In town, then at a friend's flat","withWhom":"Friends from school",
                 "pushFactors":["CONFLICT_AT_HOME"],"pullFactors":["FRIENDS"],
                 "childsWords":"I just wanted to be with my mates.","strategyDiscussionNeeded":false%s}"""
                .formatted(offeredAt, heldAt, unit.managerId(), extra);
    }

    @Test
    void aWorkerRecordsAnEpisodeForTheirOwnChildOnly() throws Exception {
        Instant from = hoursAgo(30);
        postEpisode(unit.worker(), child, """
                {"missingFrom":"%s","reportedToPolice":true,"policeReference":"Log 0423","reportedBy":"Foster carer"}"""
                .formatted(from))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/missing-episodes/")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.childId").value(child.toString()))
                .andExpect(jsonPath("$.missingFrom").value(from.toString()))
                .andExpect(jsonPath("$.returnedAt").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.policeReference").value("Log 0423"));

        // A colleague in the same team and a worker in another team may not see the child: 404, not 403.
        TestCouncil.Unit other = council.unit();
        for (String stranger : new String[] {unit.otherWorker(), other.worker(), other.manager()}) {
            postEpisode(stranger, child, "{\"missingFrom\":\"%s\",\"reportedToPolice\":false}".formatted(hoursAgo(500)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/children/" + child + "/missing-episodes").with(as(stranger)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/children/" + child + "/missing-episodes").with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void recordingAnEpisodeNamesEveryFieldThatIsWrong() throws Exception {
        postEpisode(unit.worker(), child, "{\"policeReference\":\"" + "x".repeat(51) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder(
                        "missingFrom", "reportedToPolice", "policeReference")));
        postEpisode(unit.worker(), child, """
                {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}""".formatted(hoursAgo(5), hoursAgo(6)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("returnedAt"))
                .andExpect(jsonPath("$.errors[0].message").value("The child cannot return before they went missing"));
        postEpisode(unit.worker(), child, """
                {"missingFrom":"%s","reportedToPolice":false}""".formatted(now.plus(Duration.ofHours(2))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("missingFrom"));
        postEpisode(unit.worker(), child, "{\"missingFrom\":\"yesterday evening\",\"reportedToPolice\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missingFrom"));
        postEpisode(unit.worker(), UUID.randomUUID(), "{\"missingFrom\":\"%s\",\"reportedToPolice\":false}"
                .formatted(hoursAgo(3))).andExpect(status().isNotFound());
    }

    @Test
    void aChildStillMissingCannotGoMissingAgainAndOverlapsAreRefused() throws Exception {
        postEpisode(unit.worker(), child, "{\"missingFrom\":\"%s\",\"reportedToPolice\":true}".formatted(hoursAgo(10)))
                .andExpect(status().isCreated());
        postEpisode(unit.worker(), child, "{\"missingFrom\":\"%s\",\"reportedToPolice\":true}".formatted(hoursAgo(2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("missingFrom"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("The child is already recorded as missing")));
        // An earlier episode, over before this one began, is fine to add afterwards.
        postEpisode(unit.worker(), child, """
                {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}""".formatted(hoursAgo(300), hoursAgo(290)))
                .andExpect(status().isCreated());
    }

    @Test
    void theReturnIsRecordedWithPutGuardedByIfMatch() throws Exception {
        String id = postEpisode(unit.worker(), child, "{\"missingFrom\":\"%s\",\"reportedToPolice\":true}"
                .formatted(hoursAgo(20))).andReturn().getResponse().getContentAsString()
                .replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        Instant returned = hoursAgo(2);

        mvc.perform(put("/api/v1/missing-episodes/" + id).with(as(unit.worker())).with(csrf())
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"returnedAt\":\"%s\",\"whereFound\":\"Drake Circus\"}".formatted(returned)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.returnedAt").value(returned.toString()))
                .andExpect(jsonPath("$.reportedToPolice").value(true))
                .andExpect(jsonPath("$.interviewDueBy").value(returned.plus(Duration.ofHours(72)).toString()));
        mvc.perform(put("/api/v1/missing-episodes/" + id).with(as(unit.worker())).with(csrf())
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"whereFound\":\"Somewhere else\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/missing-episodes/" + id).with(as(council.unit().manager())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"whereFound\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missing-episodes/" + id).with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.whereFound").value("Drake Circus"));
    }

    @Test
    void anInterviewCannotBeSavedAsHeldWithoutTheTimesOrBeforeTheReturn() throws Exception {
        String open = postEpisode(unit.worker(), child, "{\"missingFrom\":\"%s\",\"reportedToPolice\":true}"
                .formatted(hoursAgo(40))).andReturn().getResponse().getContentAsString()
                .replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        postInterview(unit.worker(), open, heldInterview(hoursAgo(3), hoursAgo(2), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("returnedAt")));

        UUID second = council.child(unit);
        String episode = episode(second, hoursAgo(50), hoursAgo(30));
        postInterview(unit.worker(), episode, """
                {"accepted":true,"interviewerId":%d,"strategyDiscussionNeeded":false}""".formatted(unit.managerId()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("offeredAt", "heldAt", "childsWords")));
        postInterview(unit.worker(), episode, heldInterview(hoursAgo(29), hoursAgo(31), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldAt"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith(
                        "The interview cannot be held before the child returned")));
        postInterview(unit.worker(), episode, heldInterview(hoursAgo(31), hoursAgo(29), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("offeredAt"));
        postInterview(unit.worker(), episode, heldInterview(hoursAgo(20), hoursAgo(22), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("The interview cannot be held before it was offered"));
        postInterview(unit.worker(), episode, "{\"strategyDiscussionNeeded\":false}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("accepted")));
    }

    @Test
    void theAllocatedWorkerIndicatorsAndActionsEachNeedWhatGoesWithThem() throws Exception {
        String episode = episode(child, hoursAgo(50), hoursAgo(30));
        String byWorker = heldInterview(hoursAgo(29), hoursAgo(28), "")
                .replace("\"interviewerId\":" + unit.managerId(), "\"interviewerId\":" + unit.workerId());
        postInterview(unit.worker(), episode, byWorker.replace("}", """
                ,"exploitationIndicators":["CSE","CCE"],
                 "actions":[{"description":"Safety plan with carers","owner":"","dueDate":null},
                            {"description":"","owner":"Police","dueDate":"2030-01-01"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='interviewerReason')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='indicatorFollowUp')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='owner' && @.actionIndex==0)]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='dueDate' && @.actionIndex==0)]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='description' && @.actionIndex==1)]").exists());
        postInterview(unit.worker(), episode, byWorker.replace("}", ",\"exploitationIndicators\":[\"BURGLARY\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("exploitationIndicators"));
        postInterview(unit.worker(), episode, byWorker.replace("\"FRIENDS\"", "\"CONFLICT_AT_HOME\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='pullFactors')]").exists());

        postInterview(unit.worker(), episode, byWorker.replace("}", """
                ,"interviewerReason":"She asked for me: she does not want to tell a stranger.",
                 "exploitationIndicators":["CSE"],"indicatorFollowUp":"CSE screening tool completed; police told.",
                 "actions":[{"description":"Safety plan with carers","owner":"Sam (social worker)","dueDate":"2030-01-01"}],
                 "places":["The Union St. flats","union st flats"," "],"associates":["Kyle"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.interviewerIsAllocatedWorker").value(true))
                .andExpect(jsonPath("$.exploitationIndicators[0]").value("CSE"))
                .andExpect(jsonPath("$.actions[0].owner").value("Sam (social worker)"))
                .andExpect(jsonPath("$.places", Matchers.contains("The Union St. flats")))
                .andExpect(jsonPath("$.associates", Matchers.contains("Kyle")));
    }

    @Test
    void aHeldInterviewLeavesTheDueListAndIsRecordedOnce() throws Exception {
        Instant returned = hoursAgo(10.5);
        String episode = episode(child, hoursAgo(30), returned);

        mvc.perform(get("/api/v1/missing-episodes/due").with(as(unit.worker())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].episodeId").value(episode))
                .andExpect(jsonPath("$[0].childId").value(child.toString()))
                .andExpect(jsonPath("$[0].returnedAt").value(returned.toString()))
                .andExpect(jsonPath("$[0].dueBy").value(returned.plus(Duration.ofHours(72)).toString()))
                .andExpect(jsonPath("$[0].hoursLeft").value(61))
                .andExpect(jsonPath("$[0].overdue").value(false));

        postInterview(unit.worker(), episode, heldInterview(hoursAgo(9), hoursAgo(1), ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("HELD"))
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.heldWithin72Hours").value(true))
                .andExpect(jsonPath("$.interviewerIsAllocatedWorker").value(false))
                .andExpect(jsonPath("$.pushFactors[0]").value("CONFLICT_AT_HOME"))
                .andExpect(jsonPath("$.childsWords").value("I just wanted to be with my mates."));

        mvc.perform(get("/api/v1/missing-episodes/due").with(as(unit.worker())))
                .andExpect(header().string("X-Total-Count", "0"));
        postInterview(unit.worker(), episode, heldInterview(hoursAgo(9), hoursAgo(1), ""))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/missing-episodes/" + episode).with(as(unit.worker())))
                .andExpect(jsonPath("$.returnInterview.heldWithin72Hours").value(true));
    }

    @Test
    void theDueListShowsOverdueInterviewsToTheTeamAndNoOneElse() throws Exception {
        Instant returned = hoursAgo(80.5);
        String episode = episode(child, hoursAgo(100), returned);

        mvc.perform(get("/api/v1/missing-episodes/due").with(as(unit.manager())))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].episodeId").value(episode))
                .andExpect(jsonPath("$[0].hoursLeft").value(-8))
                .andExpect(jsonPath("$[0].overdue").value(true));
        mvc.perform(get("/api/v1/missing-episodes/due").with(as(unit.otherWorker())))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/missing-episodes/due").with(as(council.unit().manager())))
                .andExpect(header().string("X-Total-Count", "0"));

        // Held late: saved, and marked as not within 72 hours.
        postInterview(unit.worker(), episode, heldInterview(hoursAgo(78), hoursAgo(1), ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.heldWithin72Hours").value(false));
    }

    @Test
    void declinedAndNotHeldAreRecordedWithTheirReasonAndWhoDecided() throws Exception {
        String declined = episode(child, hoursAgo(60), hoursAgo(50));
        postInterview(unit.worker(), declined, """
                {"offeredAt":"%s","accepted":false,"strategyDiscussionNeeded":false}""".formatted(hoursAgo(49)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("declinedReason"));
        postInterview(unit.worker(), declined, """
                {"offeredAt":"%s","heldAt":"%s","accepted":false,"declinedReason":"Said she had told the police",
                 "strategyDiscussionNeeded":false}""".formatted(hoursAgo(49), hoursAgo(48)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldAt"));
        postInterview(unit.worker(), declined, """
                {"offeredAt":"%s","accepted":false,"declinedReason":"Said she had told the police",
                 "strategyDiscussionNeeded":false}""".formatted(hoursAgo(49)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("DECLINED"))
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.heldWithin72Hours").value(Matchers.nullValue()));

        UUID other = council.child(unit);
        String notHeld = episode(other, hoursAgo(8), hoursAgo(7));
        postInterview(unit.manager(), notHeld, "{\"outcome\":\"NOT_HELD\",\"strategyDiscussionNeeded\":false}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("notHeldReason"));
        postInterview(unit.manager(), notHeld, """
                {"notHeldReason":"Remanded to custody on return; the youth offending team will speak with him.",
                 "strategyDiscussionNeeded":true}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("NOT_HELD"))
                .andExpect(jsonPath("$.accepted").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.decidedById").value(unit.managerId()))
                .andExpect(jsonPath("$.strategyDiscussionNeeded").value(true));
    }

    @Test
    void anInterviewIsAmendedWithItsVersionAndAStaleOneIsRefused() throws Exception {
        String episode = episode(child, hoursAgo(30), hoursAgo(20));
        postInterview(unit.worker(), episode, heldInterview(hoursAgo(19), hoursAgo(18), "")).andExpect(status().isCreated());
        String amended = heldInterview(hoursAgo(19), hoursAgo(18), ",\"places\":[\"Central Park\"]");

        mvc.perform(put("/api/v1/missing-episodes/" + episode + "/return-interview").with(as(unit.worker())).with(csrf())
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(amended))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.places[0]").value("Central Park"));
        mvc.perform(put("/api/v1/missing-episodes/" + episode + "/return-interview").with(as(unit.worker())).with(csrf())
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(amended))
                .andExpect(status().isPreconditionFailed());
        // Moving the return time after the interview is refused: the interview would be held before the return.
        mvc.perform(put("/api/v1/missing-episodes/" + episode).with(as(unit.worker())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"returnedAt\":\"%s\"}".formatted(hoursAgo(5))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("returnedAt"));
    }

    @Test
    void placesAndPeopleNamedByMoreThanOneChildShowForTheManagerWithDrillDown() throws Exception {
        UUID second = council.child(unit.teamId(), unit.otherWorkerId(), Category.CLA, LocalDate.now().minusYears(14));
        String first = episode(child, hoursAgo(60), hoursAgo(50));
        postInterview(unit.worker(), first, heldInterview(hoursAgo(49), hoursAgo(48),
                ",\"places\":[\"The Union St. flats\",\"Central Park\"],\"associates\":[\"Kyle\"]"))
                .andExpect(status().isCreated());
        String secondEpisode = postEpisode(unit.otherWorker(), second, """
                {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}""".formatted(hoursAgo(40), hoursAgo(30)))
                .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        postInterview(unit.otherWorker(), secondEpisode, heldInterview(hoursAgo(29), hoursAgo(28),
                ",\"places\":[\"union st flats\"],\"associates\":[\"KYLE\"]"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/missing-patterns/shared?days=90").with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.kind=='PLACE')].key").value(Matchers.contains("union st flats")))
                .andExpect(jsonPath("$[?(@.kind=='PLACE')].children").value(Matchers.contains(2)))
                .andExpect(jsonPath("$[?(@.kind=='PERSON')].key").value(Matchers.contains("kyle")));
        mvc.perform(get("/api/v1/missing-patterns/shared/instances?kind=PLACE&key=union st flats").with(as(unit.manager())))
                .andExpect(jsonPath("$[*].childId", Matchers.containsInAnyOrder(child.toString(), second.toString())))
                .andExpect(jsonPath("$[*].asWritten", Matchers.containsInAnyOrder("The Union St. flats", "union st flats")));
        // A worker sees only their own child, so nothing is shared in their view.
        mvc.perform(get("/api/v1/missing-patterns/shared?days=90").with(as(unit.worker())))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/missing-patterns/shared?days=900").with(as(unit.manager())))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void teamFiguresCountOfferedHeldInTimeAndDeclined() throws Exception {
        String inTime = episode(child, hoursAgo(100), hoursAgo(90));
        postInterview(unit.worker(), inTime, heldInterview(hoursAgo(89), hoursAgo(80), "")).andExpect(status().isCreated());
        UUID second = council.child(unit);
        String late = episode(second, hoursAgo(200), hoursAgo(190));
        postInterview(unit.worker(), late, heldInterview(hoursAgo(189), hoursAgo(100), "")).andExpect(status().isCreated());
        UUID third = council.child(unit);
        String declined = episode(third, hoursAgo(60), hoursAgo(50));
        postInterview(unit.worker(), declined, """
                {"offeredAt":"%s","accepted":false,"declinedReason":"No thanks","strategyDiscussionNeeded":false}"""
                .formatted(hoursAgo(49))).andExpect(status().isCreated());
        episode(council.child(unit), hoursAgo(20), hoursAgo(10));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String url = "/api/v1/missing-figures/teams?from=" + today.minusDays(30) + "&to=" + today;
        mvc.perform(get(url).with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].teamId").value(unit.teamId()))
                .andExpect(jsonPath("$[0].episodes").value(4))
                .andExpect(jsonPath("$[0].offered").value(3))
                .andExpect(jsonPath("$[0].held").value(2))
                .andExpect(jsonPath("$[0].heldWithin72Hours").value(1))
                .andExpect(jsonPath("$[0].percentHeldWithin72Hours").value(50))
                .andExpect(jsonPath("$[0].declined").value(1));
        mvc.perform(get(url).with(as(unit.worker()))).andExpect(status().isForbidden());
    }

    @Test
    void theSsda903ExportListsLookedAfterChildrenInTheCollectionYearAndAuditsEachOne() throws Exception {
        int year = Ssda903MissingExport.collectionYear(LocalDate.now(ZoneId.of("Europe/London")));
        LocalDate dob = LocalDate.now().minusYears(15);
        UUID looked = council.child(unit.teamId(), unit.workerId(), Category.CLA, dob);
        UUID inNeed = council.child(unit.teamId(), unit.workerId(), Category.CIN, dob);
        Instant yearStart = LocalDateTime.of(year - 1, 4, 1, 0, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        // Went missing on 31 March of the year before, back in this one; then an episode in this year.
        Instant before = yearStart.minus(Duration.ofHours(3));
        postEpisode(unit.worker(), looked, """
                {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":true}""".formatted(before, yearStart.plus(Duration.ofHours(5))))
                .andExpect(status().isCreated());
        Instant lately = hoursAgo(30);
        String recent = episode(looked, lately, hoursAgo(20));
        postInterview(unit.worker(), recent, heldInterview(hoursAgo(19), hoursAgo(18), "")).andExpect(status().isCreated());
        episode(inNeed, hoursAgo(30), hoursAgo(20));

        String csv = mvc.perform(get("/api/v1/exports/ssda903-missing.csv?year=" + year).with(as(unit.manager())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        Matchers.containsString("ssda903-missing-" + year + ".csv")))
                .andReturn().getResponse().getContentAsString();
        var dd = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        var london = ZoneId.of("Europe/London");
        assertThat(csv.split("\r\n")).containsExactly(
                "CHILD,DOB,MISSING,MIS_START,MIS_END,RHI_OFFERED,RHI_ACCEPTED",
                looked + "," + dd.format(dob) + ",M," + dd.format(before.atZone(london)) + ","
                        + dd.format(yearStart.atZone(london)) + ",N,",
                looked + "," + dd.format(dob) + ",M," + dd.format(lately.atZone(london)) + ","
                        + dd.format(hoursAgo(20).atZone(london)) + ",Y,Y");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                select count(*) from audit_entry where child_id = ? and action = 'EXPORT' and record_type = 'SSDA903_MISSING'""",
                Long.class, looked) == 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where child_id = ? and action = 'EXPORT'",
                Long.class, inNeed)).isZero();

        mvc.perform(get("/api/v1/exports/ssda903-missing.csv?year=" + year).with(as(unit.worker())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/exports/ssda903-missing.csv?year=1999").with(as(unit.manager())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/exports/ssda903-missing.csv").with(as(unit.manager())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theFactorListOffersCodesAndLabels() throws Exception {
        mvc.perform(get("/api/v1/missing-factors").with(as(unit.worker())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='CONFLICT_AT_HOME')].kind").value(Matchers.contains("PUSH")))
                .andExpect(jsonPath("$[?(@.code=='FRIENDS')].kind").value(Matchers.contains("PULL")));
    }
}
