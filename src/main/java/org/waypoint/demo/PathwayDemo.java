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
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.demo.CouncilGenerator.ChildRow;
import org.waypoint.demo.CouncilGenerator.Council;
import org.waypoint.demo.CouncilGenerator.GeneratedTeam;
import org.waypoint.pathway.CareLeaverRule;
import org.waypoint.pathway.Matter;
import org.waypoint.pathway.PathwayReviews;

/**
 * A pathway plan for most care leavers, in the young person's words, about 40% overdue for review (seed 003: 38.7% up
 * to date in one group). For {@code pa}: one waiting for {@code tm2}, one returned with tm2's comments, two overdue,
 * the rest up to date, and the three youngest with no plan yet.
 */
@Component
@Order(45)
class PathwayDemo implements DemoStep {

    /** What a young person might say about each matter, with one action. */
    private record Words(String needs, String views, String action, String owner) {
    }

    private static final Map<Matter, Words> WORDS = Map.of(
            Matter.CONTACT_AND_SUPPORT, new Words("Keeps in touch with their adviser; few adults to rely on",
                    "I want to see Priya every two weeks, and text her when I need to.", "Meet every two weeks at the cafe",
                    "Personal adviser"),
            Matter.EDUCATION_TRAINING, new Words("Started a level 2 course at college",
                    "I like the course. I need help with the bus fare.", "Apply for the college bursary", "Young person"),
            Matter.EMPLOYMENT, new Words("Looking for part-time work at weekends",
                    "I want a Saturday job so I have my own money.", "Book a session with the job coach", "Personal adviser"),
            Matter.CONTINGENCY, new Words("If the flat or course break down",
                    "If it goes wrong I want to ring Priya first, not the duty team.", "Write the emergency numbers card",
                    "Personal adviser"),
            Matter.ACCOMMODATION, new Words("Supported lodgings since last spring",
                    "I feel safe here. I'd like my own place when I'm 19.", "Register on the housing list", "Housing officer"),
            Matter.RELATIONSHIPS, new Words("Sees younger brother monthly; contact with mum is hard",
                    "I want to see my brother more. I'll decide about mum.", "Arrange a visit with my brother each month",
                    "Personal adviser"),
            Matter.INDEPENDENT_LIVING_SKILLS, new Words("Can cook simple meals; bills are new",
                    "I can cook pasta. I don't get how the electric meter works.", "Practise topping up the meter together",
                    "Personal adviser"),
            Matter.FINANCIAL_SUPPORT, new Words("Setting-up-home allowance not yet used",
                    "I want to buy a bed and a desk with my allowance.", "Order the bed and desk", "Personal adviser"),
            Matter.HEALTH, new Words("Registered with a GP; anxiety at times",
                    "Sometimes I can't sleep. I'd talk to someone my age.", "Book a GP appointment about sleep",
                    "Young person"),
            Matter.IDENTITY, new Words("Has their birth certificate; no passport",
                    "My culture matters to me. I want my passport.", "Apply for a passport", "Personal adviser"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<Object[]> plans = new ArrayList<>();
    private final List<Object[]> versions = new ArrayList<>();
    private final List<Object[]> sections = new ArrayList<>();
    private final List<Object[]> actions = new ArrayList<>();
    private final List<Object[]> decisions = new ArrayList<>();

    PathwayDemo(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private enum Story { UP_TO_DATE, OVERDUE, SUBMITTED, RETURNED }

    @Override
    public void populate(Council council) {
        RandomGenerator random = new Random(2024);
        LocalDate today = LocalDate.now(clock);
        Map<Long, GeneratedTeam> teams = council.teams().stream()
                .collect(Collectors.toMap(GeneratedTeam::id, Function.identity()));
        long pa = jdbc.queryForObject("select id from staff where username = 'pa'", Long.class);
        List<ChildRow> careLeavers = council.children().stream()
                .filter(c -> c.closedOn() == null && c.workerId() != null)
                .filter(c -> CareLeaverRule.status(c.dateOfBirth(), c.category(), c.openedOn(), true, today).entitledToPlan())
                .toList();
        List<ChildRow> mine = careLeavers.stream().filter(c -> c.workerId() == pa)
                .sorted(Comparator.comparing(ChildRow::dateOfBirth)).toList();
        List<Story> paStories = List.of(Story.SUBMITTED, Story.RETURNED, Story.OVERDUE, Story.OVERDUE);
        for (int i = 0; i < mine.size() - 3; i++) {
            add(mine.get(i), teams.get(mine.get(i).teamId()), i < paStories.size() ? paStories.get(i) : Story.UP_TO_DATE,
                    random, today);
        }
        for (ChildRow child : careLeavers) {
            if (child.workerId() == pa || random.nextInt(10) == 0) {
                continue;
            }
            int roll = random.nextInt(100);
            Story story = roll < 40 ? Story.OVERDUE : roll < 50 ? Story.SUBMITTED : roll < 55 ? Story.RETURNED
                    : Story.UP_TO_DATE;
            add(child, teams.get(child.teamId()), story, random, today);
        }
        jdbc.batchUpdate("insert into pathway_plan (id, child_id, started_on, current_version_id, last_reviewed_on, "
                + "created_at) values (?, ?, ?, ?, ?, ?)", plans);
        jdbc.batchUpdate("""
                insert into pathway_version (id, plan_id, version_number, status, next_review_date, author_id,
                    created_at, last_edited_by, last_edited_at, submitted_at, approved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versions);
        jdbc.batchUpdate("insert into pathway_section (version_id, matter, needs, young_person_views, suitable, "
                + "suitable_reason) values (?, ?, ?, ?, ?, ?)", sections);
        jdbc.batchUpdate("""
                insert into pathway_action (version_id, position, matter, description, owner_staff_id, owner_name,
                    due_date, status) values (?, ?, ?, ?, ?, ?, ?, ?)""", actions);
        jdbc.batchUpdate("insert into pathway_decision (version_id, decision, rationale, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?)", decisions);
    }

    private void add(ChildRow child, GeneratedTeam team, Story story, RandomGenerator random, LocalDate today) {
        long worker = child.workerId();
        UUID plan = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        // reviewed (approved) within 6 months when up to date, 7 to 12 months ago when overdue
        LocalDate reviewed = story == Story.OVERDUE ? today.minusMonths(7).minusDays(random.nextInt(150))
                : today.minusDays(10 + random.nextInt(150));
        LocalDate started = reviewed.minusMonths(random.nextInt(12));
        boolean decided = story == Story.UP_TO_DATE || story == Story.OVERDUE;
        plans.add(new Object[] {plan, child.id(), Date.valueOf(started), version, decided ? Date.valueOf(reviewed) : null,
                at(started)});
        LocalDate written = decided ? reviewed.minusDays(3) : today.minusDays(2 + random.nextInt(10));
        String status = switch (story) {
            case UP_TO_DATE, OVERDUE -> "APPROVED";
            case SUBMITTED -> "SUBMITTED";
            case RETURNED -> "RETURNED";
        };
        LocalDate nextReview = decided ? PathwayReviews.latestNextReview(reviewed, null)
                : PathwayReviews.latestNextReview(today, null);
        versions.add(new Object[] {version, plan, 1, status, Date.valueOf(nextReview), worker, at(written), worker,
                at(written), at(written.plusDays(1)),
                decided ? at(reviewed) : null});
        int position = 0;
        for (Matter matter : Matter.values()) {
            Words words = WORDS.get(matter);
            // a returned plan lacks the young person's views about their health, and an owner for the passport
            boolean gap = story == Story.RETURNED;
            boolean accommodation = matter == Matter.ACCOMMODATION;
            sections.add(new Object[] {version, matter.name(), words.needs(),
                    gap && matter == Matter.HEALTH ? null : words.views(), accommodation ? Boolean.TRUE : null,
                    accommodation ? "Near college, a lodgings carer who knows them, and they say they feel safe" : null});
            boolean byAdviser = words.owner().equals("Personal adviser");
            actions.add(new Object[] {version, position++, matter.name(), words.action(),
                    byAdviser && !(gap && matter == Matter.IDENTITY) ? worker : null,
                    byAdviser ? null : words.owner(), Date.valueOf(written.plusWeeks(2 + random.nextInt(10))),
                    decided && random.nextBoolean() ? "DONE" : "NOT_STARTED"});
        }
        if (decided) {
            decisions.add(new Object[] {version, "APPROVED", "Every matter is in their own words, and every action "
                    + "has an owner and a date.", team.managerId(), at(reviewed)});
        } else if (story == Story.RETURNED) {
            decisions.add(new Object[] {version, "RETURNED", "Please record what they say about their health, and who "
                    + "is helping with the passport.", team.managerId(), at(written.plusDays(1))});
        }
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }
}
