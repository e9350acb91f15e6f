package org.waypoint.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.children.Category;
import org.waypoint.common.Dates;
import org.waypoint.demo.CouncilGenerator.ChildRow;
import org.waypoint.demo.CouncilGenerator.GeneratedTeam;
import org.waypoint.supervision.SupervisionPolicy;

/**
 * A year of supervision in every team, back-dated, so compliance figures, trends and each child's management
 * oversight have something real to show. Managers mostly keep to the policy, but about one session in seven is
 * late and a few workers have fallen behind, so compliance sits in the 80s as in seed 002 (85%). Case discussions
 * pick the worker's children least recently discussed, so a few children slip past the 90-day interval. {@code sw}
 * is supervised by {@code tm} monthly; the latest record waits for Sam's acknowledgement. Team managers are
 * supervised by the head of service.
 */
@Component
class SupervisionHistory implements DemoStep {

    private static final int DAYS_OF_HISTORY = 470;
    private static final Set<String> FALLEN_BEHIND = Set.of("Social Work North", "Initial Response Team B",
            "Disability Team", "Care Leavers 16+ Team");
    private static final SupervisionPolicy POLICY = SupervisionPolicy.LGA_STANDARD;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SupervisionHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Period(UUID childId, long workerId, LocalDate from, @Nullable LocalDate to) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    private record Session(UUID id, long superviseeId, long supervisorId, long teamId, LocalDate heldOn,
                           int minutes, String reflective, String wellbeing, String workload,
                           @Nullable String learning, LocalDate nextDue, @Nullable String comments,
                           @Nullable Instant acknowledgedAt) {
    }

    private record Discussion(UUID id, UUID supervisionId, int position, UUID childId, LocalDate heldOn,
                              String discussion, String decision, String rationale) {
    }

    private record Action(UUID ownerRecord, int position, String description, String owner, LocalDate due) {
    }

    @Override
    public void populate(CouncilGenerator.Council council) {
        RandomGenerator random = new Random(2027);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, ChildRow> children = council.children().stream()
                .collect(Collectors.toMap(ChildRow::id, Function.identity()));
        Map<Long, List<Period>> periods = jdbc.query(
                        "select child_id, worker_id, valid_from, valid_to from child_allocation where worker_id is not null",
                        (rs, n) -> new Period(rs.getObject("child_id", UUID.class), rs.getLong("worker_id"),
                                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .stream().collect(Collectors.groupingBy(Period::workerId));
        Map<Long, LocalDate> qualified = new HashMap<>();
        Map<Long, String> usernames = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        jdbc.query("select id, username, display_name, qualified_on from staff", rs -> {
            usernames.put(rs.getLong("id"), rs.getString("username"));
            names.put(rs.getLong("id"), rs.getString("display_name"));
            LocalDate on = rs.getObject("qualified_on", LocalDate.class);
            if (on != null) {
                qualified.put(rs.getLong("id"), on);
            }
        });

        var history = new History(random, today, periods, children, names);
        for (GeneratedTeam team : council.teams()) {
            for (int i = 0; i < team.practitionerIds().size(); i++) {
                long worker = team.practitionerIds().get(i);
                boolean demoAccount = Set.of("sw", "pa").contains(usernames.get(worker));
                // In a few teams the second practitioner has fallen behind: last supervised well over a month ago.
                boolean behind = i == 1 && FALLEN_BEHIND.contains(team.name());
                history.supervise(worker, team.managerId(), team.id(), qualified.get(worker), demoAccount, behind);
            }
            // Team managers are supervised by the head of service, with the cases they hold themselves.
            history.supervise(team.managerId(), council.headOfServiceId(), team.id(), null, false, false);
        }
        write(history.sessions, history.discussions, history.sessionActions, history.discussionActions);
    }

    /** The sessions generated so far, and when each child was last discussed (across workers and teams). */
    private static final class History {

        final List<Session> sessions = new ArrayList<>();
        final List<Discussion> discussions = new ArrayList<>();
        final List<Action> sessionActions = new ArrayList<>();
        final List<Action> discussionActions = new ArrayList<>();
        private final Map<UUID, LocalDate> lastDiscussed = new HashMap<>();
        private final RandomGenerator random;
        private final LocalDate today;
        private final Map<Long, List<Period>> periods;
        private final Map<UUID, ChildRow> children;
        private final Map<Long, String> names;

        History(RandomGenerator random, LocalDate today, Map<Long, List<Period>> periods, Map<UUID, ChildRow> children,
                Map<Long, String> names) {
            this.random = random;
            this.today = today;
            this.periods = periods;
            this.children = children;
            this.names = names;
        }

        void supervise(long worker, long supervisor, long teamId, @Nullable LocalDate qualifiedOn, boolean demoAccount,
                       boolean behind) {
            LocalDate start = today.minusDays(DAYS_OF_HISTORY - random.nextInt(20));
            if (qualifiedOn != null && qualifiedOn.isAfter(start)) {
                start = qualifiedOn.plusDays(random.nextInt(4));
            }
            List<LocalDate> days = schedule(start, today, qualifiedOn, demoAccount, behind, random);
            for (LocalDate day : days) {
                List<Period> held = periods.getOrDefault(worker, List.of()).stream().filter(p -> p.covers(day)).toList();
                Session session = session(worker, supervisor, teamId, day, qualifiedOn, held.size(), today, demoAccount,
                        day.equals(days.getLast()), random);
                sessions.add(session);
                if (random.nextInt(4) > 0) {
                    sessionActions.add(sessionAction(session, names.get(supervisor), names.get(worker), random));
                }
                // One session in seven is about the worker alone; the rest discuss the children least recently discussed.
                if (random.nextInt(7) == 0 || held.isEmpty()) {
                    continue;
                }
                int count = Math.max(1, (int) Math.round(held.size() * (0.30 + random.nextDouble() * 0.2)));
                List<Period> chosen = held.stream()
                        .sorted(Comparator.comparing((Period p) -> lastDiscussed.getOrDefault(p.childId(), LocalDate.MIN))
                                .thenComparing(Period::childId))
                        .limit(count).toList();
                int position = 0;
                for (Period p : chosen) {
                    ChildRow child = children.get(p.childId());
                    Category category = child == null ? Category.CIN : child.category();
                    Discussion d = discussion(session, position++, p.childId(), category, random);
                    discussions.add(d);
                    lastDiscussed.put(p.childId(), day);
                    discussionActions.add(new Action(d.id(), 0, pick(random, ACTION_BY_CATEGORY.get(category)),
                            random.nextInt(3) == 0 ? names.get(supervisor) : names.get(worker),
                            day.plusDays(7 + random.nextInt(21))));
                }
            }
        }
    }

    /**
     * Session dates from {@code start} to today: on time mostly (a few days early), late about one time in seven
     * (up to three weeks past due). Newly qualified workers follow their weekly then fortnightly stages.
     */
    private static List<LocalDate> schedule(LocalDate start, LocalDate today, @Nullable LocalDate qualifiedOn,
                                            boolean demoAccount, boolean behind, RandomGenerator random) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = start;
        LocalDate stopBy = behind ? today.minusDays(POLICY.practitionerIntervalDays() + 8 + random.nextInt(20))
                : demoAccount ? today.minusDays(16) : today;
        while (!day.isAfter(stopBy)) {
            days.add(day);
            int interval = POLICY.frequencyOn(day, qualifiedOn).intervalDays();
            boolean late = !demoAccount && random.nextInt(100) < 15;
            int gap = late ? interval + 2 + random.nextInt(22) : interval - random.nextInt(Math.max(1, interval / 4));
            day = day.plusDays(Math.max(5, gap));
        }
        // Sam's latest session: 16 days ago, so the next falls due in a fortnight.
        if (demoAccount && !days.isEmpty() && !days.getLast().equals(stopBy)) {
            days.add(stopBy);
        }
        return days;
    }

    private static Session session(long worker, long supervisor, long teamId, LocalDate day,
                                   @Nullable LocalDate qualifiedOn, int caseload, LocalDate today, boolean demoAccount,
                                   boolean latest, RandomGenerator random) {
        boolean recent = ChronoUnit.DAYS.between(day, today) < 12;
        boolean acknowledged = !(demoAccount && latest) && !(recent && random.nextBoolean());
        Instant recordedAt = day.atTime(LocalTime.of(16, 30)).atZone(Dates.ZONE).toInstant();
        return new Session(UUID.randomUUID(), worker, supervisor, teamId, day, 45 + 15 * random.nextInt(6),
                pick(random, REFLECTIVE), pick(random, WELLBEING), pick(random, WORKLOAD).formatted(caseload),
                random.nextInt(3) == 0 ? null : pick(random, LEARNING), POLICY.nextSupervisionDue(day, qualifiedOn),
                acknowledged && random.nextInt(3) == 0 ? pick(random, COMMENTS) : null,
                acknowledged ? recordedAt.plus(1 + random.nextInt(6), ChronoUnit.DAYS) : null);
    }

    private static Action sessionAction(Session session, String manager, String worker, RandomGenerator random) {
        String[] action = pick(random, SESSION_ACTIONS);
        return new Action(session.id(), 0, action[0], action[1].equals("worker") ? worker : manager,
                session.heldOn().plusDays(7 + random.nextInt(21)));
    }

    private static Discussion discussion(Session session, int position, UUID childId, Category category,
                                         RandomGenerator random) {
        String[] text = pick(random, DISCUSSIONS.get(category));
        return new Discussion(UUID.randomUUID(), session.id(), position, childId, session.heldOn(), text[0], text[1],
                text[2]);
    }

    private void write(List<Session> sessions, List<Discussion> discussions, List<Action> sessionActions,
                       List<Action> discussionActions) {
        jdbc.batchUpdate("""
                        insert into supervision (id, supervisee_id, supervisor_id, team_id, held_on, duration_minutes,
                            reflective_discussion, wellbeing, workload, learning_development, next_due_on,
                            supervisee_comments, acknowledged_at, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessions, 500,
                (ps, s) -> {
                    ps.setObject(1, s.id());
                    ps.setLong(2, s.superviseeId());
                    ps.setLong(3, s.supervisorId());
                    ps.setLong(4, s.teamId());
                    ps.setDate(5, Date.valueOf(s.heldOn()));
                    ps.setInt(6, s.minutes());
                    ps.setString(7, s.reflective());
                    ps.setString(8, s.wellbeing());
                    ps.setString(9, s.workload());
                    ps.setString(10, s.learning());
                    ps.setDate(11, Date.valueOf(s.nextDue()));
                    ps.setString(12, s.comments());
                    ps.setTimestamp(13, s.acknowledgedAt() == null ? null : Timestamp.from(s.acknowledgedAt()));
                    ps.setLong(14, s.supervisorId());
                    ps.setTimestamp(15, Timestamp.from(s.heldOn().atTime(16, 30).atZone(Dates.ZONE).toInstant()));
                });
        jdbc.batchUpdate("insert into supervision_action (supervision_id, position, description, owner, due_on) "
                        + "values (?, ?, ?, ?, ?)", sessionActions, 500,
                SupervisionHistory::action);
        jdbc.batchUpdate("""
                        insert into case_discussion (id, supervision_id, position, child_id, held_on, discussion, decision,
                            rationale)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", discussions, 1000,
                (ps, d) -> {
                    ps.setObject(1, d.id());
                    ps.setObject(2, d.supervisionId());
                    ps.setInt(3, d.position());
                    ps.setObject(4, d.childId());
                    ps.setDate(5, Date.valueOf(d.heldOn()));
                    ps.setString(6, d.discussion());
                    ps.setString(7, d.decision());
                    ps.setString(8, d.rationale());
                });
        jdbc.batchUpdate("insert into case_discussion_action (case_discussion_id, position, description, owner, due_on) "
                        + "values (?, ?, ?, ?, ?)", discussionActions, 1000,
                SupervisionHistory::action);
    }

    private static void action(PreparedStatement ps, Action a) throws SQLException {
        ps.setObject(1, a.ownerRecord());
        ps.setInt(2, a.position());
        ps.setString(3, a.description());
        ps.setString(4, a.owner());
        ps.setDate(5, Date.valueOf(a.due()));
    }

    private static <T> T pick(RandomGenerator random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static final List<String> REFLECTIVE = List.of(
            "Reflected on a difficult home visit where a parent was hostile. We talked about how worry about his "
                    + "reaction shaped the conversation, and how to keep the child's voice at the centre next time.",
            "Talked through a plan that is drifting. The worker recognised that actions had been agreed without dates; "
                    + "we rewrote them together so each has an owner and a timescale.",
            "Reflected on working with a parent with a learning disability: checking understanding, using pictures, "
                    + "and involving an advocate earlier.",
            "Discussed how a child's disclosure affected the worker, and the importance of recording the child's exact "
                    + "words and the context in which they were said.",
            "Considered whether unconscious bias shaped an assessment of a family whose culture the worker knows less "
                    + "well. Agreed to seek consultation from a colleague with that knowledge.",
            "Reflected on a strategy discussion: information sharing with police and school went well; health were not "
                    + "present, and we agreed how to make sure they are next time.",
            "Reflected on direct work with a teenager who does not want to engage. Explored a walk-and-talk approach "
                    + "and meeting at the youth centre rather than at home.",
            "Discussed a parent's complaint and how to stay focused on the child while acknowledging the parent's "
                    + "frustration.",
            "Reflected on preparing for court and giving evidence for the first time; what helped and what the worker "
                    + "would do differently.",
            "Explored the analysis in a recent assessment: moving from describing what happened to what it means for "
                    + "the child, and what would need to change.");

    private static final List<String> WELLBEING = List.of(
            "Feeling settled and well supported by the team. No concerns raised.",
            "Tired after two late finishes this week; agreed to take the time back on Friday afternoon.",
            "Some stress after a hostile visit. Reminded of the employee assistance programme; the worker will also "
                    + "use peer support.",
            "Positive about the new working pattern; sleep and the balance of work are improving.",
            "Acknowledged the emotional impact of a recent child protection case; agreed to book a team debrief.",
            "Well, and looking forward to leave next month. Cover for visits is agreed.");

    private static final List<String> WORKLOAD = List.of(
            "Caseload of %d, within the team's safe level. The assessments due this week are on track.",
            "Caseload of %d. Two court reports fall due in the same fortnight; one visit moves to a colleague to make "
                    + "room.",
            "Caseload of %d. Recording is behind on two cases; protected recording time is booked for Thursday.",
            "Caseload of %d. No new allocations for a fortnight while transfer summaries are finished.",
            "Caseload of %d. Visits are up to date; one core group still to arrange.");

    private static final List<String> LEARNING = List.of(
            "Booked on the designated safeguarding lead refresher and the court skills workshop.",
            "ASYE portfolio: this month's reflective log reviewed; a direct observation to be arranged.",
            "Attending the exploitation and missing children briefing next month.",
            "Reading the practice guidance on contingency planning before next supervision.");

    private static final List<String> COMMENTS = List.of(
            "I agree this is an accurate record. It helped to talk through the visit.",
            "Agreed. I would like to come back to the court preparation next time.",
            "Accurate record. Thank you for arranging the recording time.");

    /** Description, and whether the worker or the manager owns it. */
    private static final List<String[]> SESSION_ACTIONS = List.of(
            new String[] {"Book protected recording time for Thursday afternoon", "worker"},
            new String[] {"Arrange a team debrief about the recent visit", "manager"},
            new String[] {"Complete the court skills e-learning", "worker"},
            new String[] {"Review allocations at the next team meeting", "manager"},
            new String[] {"Update the chronology on the two cases discussed", "worker"});

    private static final Map<Category, List<String>> ACTION_BY_CATEGORY = Map.of(
            Category.CIN, List.of("Review the child in need plan with the family", "Visit the child at school",
                    "Ask the school for an attendance update"),
            Category.CP, List.of("Convene a core group meeting", "See the child alone at school",
                    "Update the safety plan with the family"),
            Category.CLA, List.of("Request a PEP review", "Arrange sibling contact with the carer",
                    "Update the care plan before the review"),
            Category.CARE_LEAVER, List.of("Update the pathway plan", "Support the housing benefit claim",
                    "Help register with a GP"));

    /** Discussion, decision, rationale. */
    private static final Map<Category, List<String[]>> DISCUSSIONS = Map.of(
            Category.CIN, List.of(
                    new String[] {"School reports better attendance, but mother describes continuing difficulty with "
                            + "evening routines. The family support worker has started.",
                            "Continue the child in need plan and review in six weeks.",
                            "Needs are being met with support, the family is engaging, and there is no evidence of "
                                    + "significant harm."},
                    new String[] {"Dental and health appointments are being missed; the parents say transport is the "
                            + "barrier.",
                            "Refer to the early help transport scheme and ask the health visitor to visit jointly.",
                            "The appointments are missed because of a practical barrier the family cannot solve alone, "
                                    + "not a refusal."},
                    new String[] {"The plan's goals are met: housing is stable and the child attends school daily.",
                            "Step down to early help, with a closing summary written for the family.",
                            "The reasons for the plan have been addressed and progress has lasted three months."}),
            Category.CP, List.of(
                    new String[] {"Police report two further incidents of domestic abuse. Mother has not yet met the "
                            + "domestic abuse adviser.",
                            "Convene a core group within 10 working days and seek legal advice on pre-proceedings.",
                            "Risk is rising and the protective actions in the plan are not reducing it; the child's "
                                    + "safety needs escalation."},
                    new String[] {"The core group reports good progress: father has completed the parenting programme "
                            + "and unannounced visits have been positive.",
                            "Recommend that the review conference considers a child in need plan.",
                            "Three agencies' evidence shows the risk of significant harm has reduced and the family is "
                                    + "managing it."},
                    new String[] {"The child said she was left alone overnight. Her parents deny it.",
                            "See her alone at school this week; add her grandmother to the safety plan as overnight carer.",
                            "Her account is consistent and specific; a safety plan is needed while it is assessed."}),
            Category.CLA, List.of(
                    new String[] {"The placement is stable. He wants more contact with his brother.",
                            "Increase sibling contact to fortnightly, supported by the foster carer.",
                            "His wish is clear, contact has gone well, and it supports his identity and relationships."},
                    new String[] {"The foster carer reports escalating behaviour at school and a risk of exclusion.",
                            "Request a PEP review and a CAMHS consultation; the placement support worker visits weekly.",
                            "Early support can keep a placement that otherwise meets his needs."},
                    new String[] {"Missing twice this month; both return interviews are done.",
                            "Refer to the exploitation panel and review the placement plan with the carer.",
                            "Two episodes in a month, and the places described, suggest possible exploitation."}),
            Category.CARE_LEAVER, List.of(
                    new String[] {"The tenancy is at risk because of rent arrears.",
                            "Support a claim for housing costs, agree a budget, and pay the arrears from the "
                                    + "discretionary fund.",
                            "Losing the tenancy would undo real progress; the arrears came from a benefits delay, not "
                                    + "from choice."},
                    new String[] {"Starting college in September and worried about the cost of travel.",
                            "Apply for the 16 to 19 bursary and add a travel allowance to the pathway plan.",
                            "Education is his own priority and cost is the only barrier."},
                    new String[] {"Reports low mood and has not registered with a GP since moving.",
                            "Help him register with a GP this week and refer to the leaving care nurse.",
                            "His health needs cannot be met without a GP, and his mood has been low for over a month."}));
}
