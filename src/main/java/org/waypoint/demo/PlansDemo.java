package org.waypoint.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.children.Category;
import org.waypoint.demo.CouncilGenerator.ChildRow;
import org.waypoint.demo.CouncilGenerator.Council;
import org.waypoint.demo.CouncilGenerator.GeneratedTeam;
import org.waypoint.plans.Completeness;
import org.waypoint.plans.PlanSummaries;
import org.waypoint.plans.PlanType;
import org.waypoint.plans.ReviewSchedule;

/**
 * A current plan for most open children (child in need, child protection or care plan, by their category), in all
 * five categories of the 2019 audit: most complete and approved by the team manager, the rest with actions lacking
 * an owner or a date, as drafts, waiting for approval or returned. Some reviews are overdue. For {@code sw}: three
 * plans waiting for {@code tm}, one returned with tm's comments, one overdue review, an approved plan with an
 * earlier version, and two children with no plan yet.
 */
@Component
@Order(40)
class PlansDemo implements DemoStep {

    private record Theme(String outcome, List<String> actions) {
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("Goes to school every day and is on time",
                    List.of("Walk to school with mum each morning", "Meet the head of year about attendance",
                            "Phone mum on the first morning of any absence")),
            new Theme("Is safe at home and knows who to call if worried",
                    List.of("Visit at home every two weeks, seeing the child alone", "Give the child a card with "
                            + "safe numbers", "Fit a smoke alarm and a stair gate")),
            new Theme("Sees dad every week in a way that feels safe",
                    List.of("Book the family centre for Saturday visits", "Drive the child to each visit")),
            new Theme("Is healthy: teeth, eyes and jabs up to date",
                    List.of("Book a dental check-up", "Take them to the optician", "Book the missed vaccinations")),
            new Theme("Has a settled place to live",
                    List.of("Complete the housing application with mum", "Attend the housing panel")),
            new Theme("Feels less worried and sleeps better",
                    List.of("Refer to the school counsellor", "Start the bedtime routine plan with the carers")));
    private static final List<String> AGENCIES = List.of("School nurse", "Head of year", "Mum", "Foster carer",
            "Family support worker", "Health visitor", "GP", "Housing officer");
    private static final List<String> VIEWS = List.of(
            "I like my school but I get teased about my clothes.", "I want to see my dad more.",
            "I feel safe with my foster carers. I want to stay here.", "I don't like it when mum and her boyfriend shout.",
            "I want to go to football club on Saturdays.", "I'm fine. I just want everyone to stop asking me questions.");
    private static final String CONTINGENCY = "If the plan is not working, or the child is not safe, the social "
            + "worker and manager will meet within five working days to agree what happens next, including whether "
            + "the child stays with wider family.";

    private final JdbcTemplate jdbc;
    private final PlanSummaries summaries;
    private final Clock clock;

    PlansDemo(JdbcTemplate jdbc, PlanSummaries summaries, Clock clock) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.clock = clock;
    }

    private final List<Object[]> planRows = new ArrayList<>();
    private final List<Object[]> versionRows = new ArrayList<>();
    private final List<Object[]> outcomeRows = new ArrayList<>();
    private final List<Object[]> actionRows = new ArrayList<>();
    private final List<Object[]> decisionRows = new ArrayList<>();

    @Override
    public void populate(Council council) {
        RandomGenerator random = new Random(2019);
        LocalDate today = LocalDate.now(clock);
        Map<Long, GeneratedTeam> teams = council.teams().stream()
                .collect(Collectors.toMap(GeneratedTeam::id, Function.identity()));
        long sw = jdbc.queryForObject("select id from staff where username = 'sw'", Long.class);
        var schedule = new ReviewSchedule(ReviewSchedule.DEFAULT_CIN_MONTHS);

        List<ChildRow> open = council.children().stream()
                .filter(c -> c.closedOn() == null && c.workerId() != null && c.category() != Category.CARE_LEAVER)
                .toList();
        List<ChildRow> swChildren = open.stream().filter(c -> c.workerId() == sw)
                .sorted(Comparator.comparing(ChildRow::dateOfBirth)).toList();
        // sw's stories: three waiting for tm (one complete, two with gaps), one returned, one overdue, one with history
        List<Story> swStories = List.of(
                new Story(Completeness.COMPLETE, "SUBMITTED", false, false),
                new Story(Completeness.ALL_OWNED_SOME_UNDATED, "SUBMITTED", false, false),
                new Story(Completeness.SOME_MISSING, "SUBMITTED", false, false),
                new Story(Completeness.ALL_DATED_SOME_UNOWNED, "RETURNED", false, false),
                new Story(Completeness.COMPLETE, "APPROVED", true, false),
                new Story(Completeness.COMPLETE, "APPROVED", false, true));
        for (int i = 0; i < swChildren.size() - 2; i++) {
            Story story = i < swStories.size() ? swStories.get(i) : randomStory(random);
            addPlan(swChildren.get(i), teams.get(swChildren.get(i).teamId()), story, random, today, schedule);
        }
        for (ChildRow child : open) {
            if (child.workerId() == sw || random.nextInt(10) == 0) {
                continue;
            }
            addPlan(child, teams.get(child.teamId()), randomStory(random), random, today, schedule);
        }
        jdbc.batchUpdate("insert into plan (id, child_id, plan_type, started_on, current_version_id, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", planRows);
        jdbc.batchUpdate("""
                insert into plan_version (id, plan_id, version_number, status, contingency, child_views, parent_views,
                    next_review_date, author_id, created_at, last_edited_by, last_edited_at, submitted_at, approved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versionRows);
        jdbc.batchUpdate("insert into plan_outcome (version_id, position, description) values (?, ?, ?)", outcomeRows);
        jdbc.batchUpdate("""
                insert into plan_action (version_id, position, description, owner_staff_id, owner_name, due_date,
                    status, outcome_index) values (?, ?, ?, ?, ?, ?, ?, ?)""", actionRows);
        jdbc.batchUpdate("insert into plan_decision (version_id, decision, rationale, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?)", decisionRows);
        summaries.rebuildAll();
    }

    /**
     * @param overdue  the review date has passed
     * @param history  an earlier approved version, now superseded
     */
    private record Story(Completeness completeness, String status, boolean overdue, boolean history) {
    }

    private static Story randomStory(RandomGenerator random) {
        int roll = random.nextInt(100);
        Completeness completeness = roll < 55 ? Completeness.COMPLETE : roll < 65 ? Completeness.ALL_MISSING
                : roll < 77 ? Completeness.SOME_MISSING : roll < 89 ? Completeness.ALL_DATED_SOME_UNOWNED
                : Completeness.ALL_OWNED_SOME_UNDATED;
        String status = completeness == Completeness.COMPLETE
                ? (random.nextInt(6) == 0 ? "SUBMITTED" : "APPROVED")
                : List.of("DRAFT", "SUBMITTED", "RETURNED").get(random.nextInt(3));
        return new Story(completeness, status, random.nextInt(8) == 0, random.nextInt(5) == 0);
    }

    private void addPlan(ChildRow child, GeneratedTeam team, Story story, RandomGenerator random, LocalDate today,
                         ReviewSchedule schedule) {
        PlanType type = switch (child.category()) {
            case CP -> PlanType.CP;
            case CLA -> PlanType.CLA;
            default -> PlanType.CIN;
        };
        long worker = child.workerId();
        LocalDate startedOn = child.openedOn().isAfter(today.minusDays(30)) ? child.openedOn()
                : today.minusDays(30 + random.nextInt(300));
        UUID plan = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        planRows.add(new Object[] {plan, child.id(), type.name(), Date.valueOf(startedOn), current, at(startedOn)});
        int number = 1;
        LocalDate written = startedOn;
        if (story.history()) {
            UUID earlier = UUID.randomUUID();
            LocalDate approvedOn = startedOn.plusDays(5);
            version(earlier, plan, 1, "SUPERSEDED", Completeness.COMPLETE, worker, startedOn, approvedOn,
                    schedule.latestNextReview(type, startedOn, 0, null), random, 0);
            decision(earlier, "APPROVED", "Outcomes are clear and every action is owned and dated.", team.managerId(),
                    approvedOn);
            number = 2;
            written = approvedOn.plusDays(20 + random.nextInt(40));
            if (written.isAfter(today)) {
                written = today.minusDays(1);
            }
        }
        LocalDate review = story.overdue() ? today.minusDays(3 + random.nextInt(40))
                : schedule.latestNextReview(type, startedOn, number - 1, written);
        if (!story.overdue() && review.isBefore(today)) {
            review = today.plusDays(7 + random.nextInt(60));
        }
        LocalDate approvedOn = story.status().equals("APPROVED") ? written.plusDays(3) : null;
        if (approvedOn != null && approvedOn.isAfter(today)) {
            approvedOn = today;
        }
        version(current, plan, number, story.status(), story.completeness(), worker, written, approvedOn, review,
                random, number - 1);
        if (approvedOn != null) {
            decision(current, "APPROVED", "The plan says what will change for the child, and who does what by when.",
                    team.managerId(), approvedOn);
        } else if (story.status().equals("RETURNED")) {
            decision(current, "RETURNED", "Please give every action an owner and a date, so the family "
                    + "know who is doing what by when.", team.managerId(), written.plusDays(2).isAfter(today) ? today
                    : written.plusDays(2));
        }
    }

    private void version(UUID id, UUID plan, int number, String status, Completeness completeness, long worker,
                         LocalDate written, @Nullable LocalDate approvedOn, LocalDate review, RandomGenerator random,
                         int variant) {
        boolean submitted = !status.equals("DRAFT");
        versionRows.add(new Object[] {id, plan, number, status, CONTINGENCY,
                VIEWS.get((random.nextInt(VIEWS.size()) + variant) % VIEWS.size()),
                "Mum agrees with the plan and wants help with mornings.", Date.valueOf(review), worker, at(written),
                worker, at(written), submitted ? at(written.plusDays(1)) : null,
                approvedOn == null ? null : at(approvedOn)});
        Theme first = THEMES.get(random.nextInt(THEMES.size()));
        Theme second = THEMES.get((THEMES.indexOf(first) + 1 + variant) % THEMES.size());
        outcomeRows.add(new Object[] {id, 0, first.outcome()});
        outcomeRows.add(new Object[] {id, 1, second.outcome()});
        List<Object[]> actions = new ArrayList<>();
        for (int o = 0; o < 2; o++) {
            Theme theme = o == 0 ? first : second;
            for (String description : theme.actions()) {
                actions.add(new Object[] {description, o});
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            boolean owned = owned(completeness, i, actions.size());
            boolean dated = dated(completeness, i, actions.size());
            boolean byWorker = owned && i % 3 == 0;
            actionRows.add(new Object[] {id, i, actions.get(i)[0], byWorker ? worker : null,
                    owned ? (byWorker ? null : AGENCIES.get(random.nextInt(AGENCIES.size()))) : null,
                    dated ? Date.valueOf(written.plusWeeks(2 + i)) : null,
                    i == 0 && approvedOn != null ? "IN_PROGRESS" : "NOT_STARTED", actions.get(i)[1]});
        }
    }

    /** Which actions have an owner and a date, so the plan falls in its category. */
    private static boolean owned(Completeness c, int i, int n) {
        return switch (c) {
            case COMPLETE, ALL_OWNED_SOME_UNDATED -> true;
            case ALL_MISSING -> false;
            case ALL_DATED_SOME_UNOWNED -> i % 2 == 0;
            case SOME_MISSING -> i != n - 1 && i != 0;
        };
    }

    private static boolean dated(Completeness c, int i, int n) {
        return switch (c) {
            case COMPLETE, ALL_DATED_SOME_UNOWNED -> true;
            case ALL_MISSING -> false;
            case ALL_OWNED_SOME_UNDATED -> i != n - 1;
            case SOME_MISSING -> i != 1;
        };
    }

    private void decision(UUID version, String decision, String rationale, long managerId, LocalDate on) {
        decisionRows.add(new Object[] {version, decision, rationale, managerId, at(on)});
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

}
