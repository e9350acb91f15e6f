package org.waypoint.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.children.Category;
import org.waypoint.common.Dates;
import org.waypoint.demo.CouncilGenerator.ChildRow;
import org.waypoint.demo.CouncilGenerator.Council;
import org.waypoint.demo.CouncilGenerator.GeneratedTeam;
import org.waypoint.missing.ExploitationIndicator;
import org.waypoint.missing.InterviewOutcome;
import org.waypoint.missing.MentionKeys;
import org.waypoint.missing.MentionKind;
import org.waypoint.missing.ReturnInterviewDeadline;

/**
 * A year of missing episodes for the demo council, written with batched inserts because the history is
 * back-dated. About one teenager in eight goes missing; some go again and again; two groups of children name the
 * same places and people (one with signs of sexual exploitation, one of county lines), spelled a little
 * differently each time, so the panel has patterns to find. Most interviews are held within 72 hours, some late,
 * some declined, a few not held with the reason. For {@code sw}: one child missing now and two interviews due,
 * and for their manager one more, overdue, in the team.
 */
@Component
@Order(60)
class MissingDemo implements DemoStep {

    private static final List<String> REPORTERS = List.of("Foster carer", "Residential home staff", "Mum",
            "Dad", "Grandparent", "School", "Police");
    private static final List<String> EVERYDAY_PLACES = List.of("A friend's house in Plympton", "Nan's flat",
            "Central Park", "Devonport Park", "The Hoe", "Friend's house in Ernesettle", "Mount Wise pools",
            "Plymouth train station", "Barbican", "Cousin's house in Torpoint");
    private static final List<String> EVERYDAY_PEOPLE = List.of("A school friend", "Cousin", "Older brother",
            "Boyfriend", "Girlfriend", "Friends from college");
    private static final List<String> WORDS = List.of(
            "I just needed to get out. Everyone was shouting and nobody listens to me there.",
            "I was with my mates, we weren't doing nothing bad. I didn't think anyone would worry.",
            "I wanted to see my mum. They won't let me see her enough and it's not fair.",
            "He said he'd pick me up and we'd go for food. He's older but he's nice to me. He buys me stuff.",
            "I don't want to talk about where I was. I was safe, that's all you need to know.",
            "I slept at my friend's. Her mum said it was fine. My phone died so I couldn't ring.",
            "They asked me to take a bag to someone. I didn't look in it. I got a lift back.",
            "I was scared to come back because I'd lost my phone and I knew I'd get in trouble.",
            "I miss my old school and my friends there. Here I don't know anyone.");
    private static final List<String> NOT_HELD = List.of(
            "Missing for under two hours and found by carers at a friend's house; the child and carers talked it "
                    + "through the same evening. Manager agreed an interview would not add to that.",
            "The child was remanded to custody on return; the youth offending team will speak with them and share "
                    + "what they learn.",
            "The child moved to a placement out of the area on return; the receiving authority's service was asked "
                    + "to offer the interview.");
    private static final List<String> DECLINED = List.of("Said they were fine and didn't want to talk about it.",
            "Said they had already told the police everything.", "Didn't want to talk to someone they didn't know.");

    /** A group of children whose interviews name the same places and people, spelled as each worker wrote it. */
    private record Cluster(List<String> places, List<String> people, Set<ExploitationIndicator> indicators,
                           String followUp, List<String> pull) {
    }

    private static final Cluster CSE = new Cluster(
            List.of("Drake Circus bus station", "drake circus bus station.", "The flat above the chip shop, Mutley Plain",
                    "Flat above the chip shop Mutley Plain", "Drake Circus Bus Station"),
            List.of("Kyle (older, has a silver car)", "Kyle (older, has a silver car)", "Jess", "jess"),
            Set.of(ExploitationIndicator.CSE, ExploitationIndicator.ONLINE_HARM),
            "CSE screening completed; referred to the exploitation team and shared with police for the panel.",
            List.of("OLDER_PEOPLE", "ONLINE_CONTACTS"));
    private static final Cluster COUNTY_LINES = new Cluster(
            List.of("Union Street", "union street", "Stonehouse skate park", "Stonehouse Skate Park"),
            List.of("Dee", "T-Man", "t man", "Dee"),
            Set.of(ExploitationIndicator.CCE, ExploitationIndicator.SUBSTANCE_MISUSE),
            "Referred to the National Referral Mechanism and the youth service's county lines worker; police informed.",
            List.of("ERRANDS", "ALCOHOL_OR_DRUGS"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MissingDemo(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private final List<Object[]> episodes = new ArrayList<>();
    private final List<Object[]> interviews = new ArrayList<>();
    private final List<Object[]> factors = new ArrayList<>();
    private final List<Object[]> indicators = new ArrayList<>();
    private final List<Object[]> mentions = new ArrayList<>();
    private final List<Object[]> actions = new ArrayList<>();

    @Override
    public void populate(Council council) {
        RandomGenerator random = new Random(903);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> factorIds = new HashMap<>();
        jdbc.query("select code, id from missing_factor", rs -> {
            factorIds.put(rs.getString("code"), rs.getLong("id"));
        });
        long sw = jdbc.queryForObject("select id from staff where username = 'sw'", Long.class);
        GeneratedTeam swTeam = council.teams().stream().filter(t -> t.practitionerIds().contains(sw)).findFirst()
                .orElseThrow();
        // Interviews are held by someone outside the child's team: the first team's workers stand in for a
        // commissioned return-interview service.
        List<Long> independent = council.teams().getFirst().practitionerIds();

        List<ChildRow> open = council.children().stream()
                .filter(c -> c.closedOn() == null && c.workerId() != null && c.category() != Category.CARE_LEAVER)
                .toList();
        // sw's children oldest first: the stories need four, teenagers if there are enough.
        List<ChildRow> swChildren = open.stream().filter(c -> c.workerId() == sw)
                .sorted(Comparator.comparing(ChildRow::dateOfBirth)).toList();
        List<ChildRow> others = open.stream()
                .filter(c -> c.workerId() != sw)
                .filter(c -> c.dateOfBirth().isBefore(today.minusYears(11)) && c.dateOfBirth().isAfter(today.minusYears(18)))
                .toList();

        // The children with a story: sw's first three and two groups across teams.
        var story = new Story(random, now, factorIds, independent);
        ChildRow missingNow = swChildren.get(0);
        ChildRow dueSoon = swChildren.get(1);
        ChildRow dueLater = swChildren.get(2);
        ChildRow overdue = others.stream().filter(c -> c.teamId() == swTeam.id()).findFirst()
                .orElse(others.getFirst());

        story.history(missingNow, 4, CSE, 330);
        story.open(missingNow, now.minus(Duration.ofHours(17).plusMinutes(20)), swTeam.managerId());
        story.history(dueSoon, 3, COUNTY_LINES, 200);
        story.returnedWithoutInterview(dueSoon, now.minus(Duration.ofHours(63).plusMinutes(40)), 14, sw);
        story.returnedWithoutInterview(dueLater, now.minus(Duration.ofHours(20)), 9, sw);
        story.returnedWithoutInterview(overdue, now.minus(Duration.ofHours(81)), 30, swTeam.managerId());

        List<ChildRow> pool = new ArrayList<>(others);
        pool.remove(overdue);
        Collections.shuffle(pool, new Random(random.nextLong()));
        int cse = 5;
        int countyLines = 5;
        int repeat = 8;
        int once = Math.max(12, pool.size() / 9);
        int next = 0;
        for (int i = 0; i < cse && next < pool.size(); i++) {
            story.history(pool.get(next++), 3 + random.nextInt(4), CSE, 300);
        }
        for (int i = 0; i < countyLines && next < pool.size(); i++) {
            story.history(pool.get(next++), 3 + random.nextInt(4), COUNTY_LINES, 300);
        }
        for (int i = 0; i < repeat && next < pool.size(); i++) {
            story.history(pool.get(next++), 2 + random.nextInt(4), null, 360);
        }
        for (int i = 0; i < once && next < pool.size(); i++) {
            story.history(pool.get(next++), 1, null, 360);
        }
        story.history(swChildren.get(3), 1, null, 120);
        write();
    }

    /** Builds the rows for each child's episodes; dates go backwards from now so that nothing is in the future. */
    private final class Story {

        private final RandomGenerator random;
        private final Instant now;
        private final Map<String, Long> factorIds;
        private final List<Long> independent;
        private int policeLog = 1000;

        Story(RandomGenerator random, Instant now, Map<String, Long> factorIds, List<Long> independent) {
            this.random = random;
            this.now = now;
            this.factorIds = factorIds;
            this.independent = independent;
        }

        /**
         * {@code count} episodes spread over the last {@code days}, interviewed; all over (and the child back) four
         * days ago, before the episodes made for the 72-hour list.
         */
        void history(ChildRow child, int count, @Nullable Cluster cluster, int days) {
            Instant latest = now.minus(Duration.ofDays(6));
            long span = Duration.ofDays(days - 6).toMinutes();
            List<Instant> starts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                starts.add(latest.minus(Duration.ofMinutes(random.nextLong(span))));
            }
            // Repeat missers cluster in recent months, as they do; and episodes never overlap.
            starts.sort(null);
            Instant previousEnd = Instant.EPOCH;
            for (Instant start : starts) {
                Instant from = start.isAfter(previousEnd) ? start : previousEnd.plus(Duration.ofDays(2));
                if (from.isAfter(latest)) {
                    break;
                }
                Instant returned = from.plus(Duration.ofMinutes(180 + random.nextInt(40 * 60)));
                UUID episode = episode(child, from, returned, child.workerId());
                interview(episode, child, returned, cluster);
                previousEnd = returned;
            }
        }

        void open(ChildRow child, Instant from, long recordedBy) {
            episode(child, from, null, recordedBy);
        }

        void returnedWithoutInterview(ChildRow child, Instant returned, int hoursAway, long recordedBy) {
            episode(child, returned.minus(Duration.ofHours(hoursAway)), returned, recordedBy);
        }

        private UUID episode(ChildRow child, Instant from, @Nullable Instant returned, @Nullable Long recordedBy) {
            UUID id = UUID.nameUUIDFromBytes(("episode-" + child.id() + from).getBytes());
            boolean police = random.nextInt(100) < 85;
            String reference = police ? "Log " + (policeLog++) + " of " + slash(from) : null;
            String found = returned == null ? null : random.nextInt(3) == 0 ? "Returned home by themselves"
                    : pick(EVERYDAY_PLACES);
            episodes.add(new Object[] {id, child.id(), ts(from), ts(returned), police, reference,
                    pick(REPORTERS), found, recordedBy == null ? independent.getFirst() : recordedBy,
                    ts(from.plus(Duration.ofHours(2)))});
            return id;
        }

        private void interview(UUID episode, ChildRow child, Instant returned, @Nullable Cluster cluster) {
            int roll = random.nextInt(100);
            InterviewOutcome outcome = roll < 78 ? InterviewOutcome.HELD : roll < 92 ? InterviewOutcome.DECLINED
                    : InterviewOutcome.NOT_HELD;
            boolean late = outcome == InterviewOutcome.HELD && random.nextInt(100) < 22;
            Instant offered = returned.plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
            Instant held = outcome != InterviewOutcome.HELD ? null
                    : late ? returned.plus(Duration.ofHours(73 + random.nextInt(70)))
                    : offered.plus(Duration.ofMinutes(random.nextInt(40 * 60)));
            if (held != null && held.isAfter(now)) {
                held = now.minus(Duration.ofHours(1));
            }
            boolean byWorker = outcome == InterviewOutcome.HELD && random.nextInt(100) < 8;
            Long interviewer = outcome == InterviewOutcome.NOT_HELD ? null
                    : byWorker ? child.workerId() : independent.get(random.nextInt(independent.size()));
            UUID id = UUID.nameUUIDFromBytes(("interview-" + episode).getBytes());
            boolean talked = outcome == InterviewOutcome.HELD;
            Set<ExploitationIndicator> signs = talked && cluster != null ? cluster.indicators()
                    : talked && random.nextInt(8) == 0 ? Set.of(ExploitationIndicator.SUBSTANCE_MISUSE) : Set.of();
            interviews.add(new Object[] {id, episode, outcome.name(),
                    outcome == InterviewOutcome.NOT_HELD ? null : ts(offered), ts(held),
                    held == null ? null : ReturnInterviewDeadline.heldInTime(returned, held),
                    interviewer, byWorker, byWorker ? "The young person asked to speak to their own social worker." : null,
                    outcome == InterviewOutcome.DECLINED ? pick(DECLINED) : null,
                    outcome == InterviewOutcome.NOT_HELD ? pick(NOT_HELD) : null,
                    outcome == InterviewOutcome.NOT_HELD ? child.workerId() : null,
                    talked ? "Said they were in town most of the night and then at a friend's." : null,
                    talked ? (cluster != null ? "With older young people they met through friends." : pick(EVERYDAY_PEOPLE)) : null,
                    talked ? (random.nextBoolean() ? "Walked, then got a lift back." : "Took the bus into town.") : null,
                    signs.isEmpty() ? null : cluster != null ? cluster.followUp()
                            : "Talked about drug and alcohol support; referral to the young people's substance service offered.",
                    talked ? pick(WORDS) : null,
                    cluster != null && talked,
                    interviewer == null ? child.workerId() : interviewer,
                    ts(held != null ? held.plus(Duration.ofHours(3)) : offered.plus(Duration.ofHours(2)))});
            signs.forEach(s -> indicators.add(new Object[] {id, s.name()}));
            if (!talked) {
                return;
            }
            List<String> push = List.of("CONFLICT_AT_HOME", "UNHAPPY_IN_PLACEMENT", "SCHOOL_PROBLEMS", "NOT_LISTENED_TO",
                    "EMOTIONAL_WELLBEING");
            List<String> pull = cluster != null ? cluster.pull() : List.of("FRIENDS", "FAMILY", "PARTNER", "PARTIES");
            Set<String> ticked = new LinkedHashSet<>();
            ticked.add(push.get(random.nextInt(push.size())));
            ticked.add(pull.get(random.nextInt(pull.size())));
            if (random.nextBoolean()) {
                ticked.add(pull.get(random.nextInt(pull.size())));
            }
            ticked.forEach(code -> factors.add(new Object[] {id, factorIds.get(code)}));
            int position = 0;
            // Everyday places come up now and then; the groups' places come up every time.
            List<String> places = new ArrayList<>();
            if (cluster != null) {
                places.add(pick(cluster.places()));
            }
            if (random.nextInt(100) < 30) {
                places.add(pick(EVERYDAY_PLACES));
            }
            List<String> people = cluster != null ? List.of(pick(cluster.people())) : List.of();
            Set<String> keys = new HashSet<>();
            for (String place : places) {
                if (keys.add("P" + MentionKeys.key(place))) {
                    mentions.add(new Object[] {id, position++, MentionKind.PLACE.name(), place, MentionKeys.key(place)});
                }
            }
            for (String person : people) {
                mentions.add(new Object[] {id, position++, MentionKind.PERSON.name(), person, MentionKeys.key(person)});
            }
            LocalDate heldOn = held.atZone(Dates.ZONE).toLocalDate();
            actions.add(new Object[] {id, 0, "Talk with carers about agreed times and who to ring if late",
                    "Allocated social worker", Date.valueOf(heldOn.plusDays(7))});
            if (cluster != null) {
                actions.add(new Object[] {id, 1, "Bring the names and places to the missing and exploitation panel",
                        "Exploitation team", Date.valueOf(heldOn.plusDays(5))});
            }
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private void write() {
        jdbc.batchUpdate("""
                insert into missing_episode (id, child_id, missing_from, returned_at, reported_to_police, police_reference,
                                             reported_by, where_found, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodes);
        jdbc.batchUpdate("""
                insert into return_interview (id, episode_id, outcome, offered_at, held_at, within_deadline,
                    interviewer_id, by_allocated_worker, interviewer_reason, declined_reason, not_held_reason, decided_by,
                    whereabouts, with_whom, how_travelled, indicator_follow_up, childs_words, strategy_discussion,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", interviews);
        jdbc.batchUpdate("insert into return_interview_factor (interview_id, factor_id) values (?, ?)", factors);
        jdbc.batchUpdate("insert into return_interview_indicator (interview_id, indicator) values (?, ?)", indicators);
        jdbc.batchUpdate("""
                insert into return_interview_mention (interview_id, position, kind, name, name_key)
                values (?, ?, ?, ?, ?)""", mentions);
        jdbc.batchUpdate("""
                insert into return_interview_action (interview_id, position, description, owner, due_on)
                values (?, ?, ?, ?, ?)""", actions);
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String slash(Instant instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(instant.atZone(Dates.ZONE));
    }
}
