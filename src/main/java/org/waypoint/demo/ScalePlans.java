package org.waypoint.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.waypoint.demo.CouncilGenerator.ChildRow;
import org.waypoint.plans.PlanSummaries;

/**
 * About 200,000 plan versions with 1,000,000 actions (at scale 1; a plan is one per child and type, so "200,000
 * plans" are counted as the plan documents written, one version a review): every child in need, on a child
 * protection plan or looked after (open or closed) has a plan of that type, and a child protection or looked-after
 * child often an earlier child in need plan too. Plans have one to eight versions, five actions a version on
 * average. The current versions are spread over the 2019 audit's categories much as Plymouth found them (a third
 * complete; the rest with gaps), and one review in seven is overdue, one in four in a slower team. Their summaries
 * ({@link PlanSummaries}) are computed in SQL after writing.
 */
@Component
@Order(10)
class ScalePlans implements ScaleStep {

    private static final int BATCH = 2_000;
    private static final String[] DOINGS = {"Attend the school review meeting", "Arrange weekly contact with mum",
            "Refer to CAMHS for an assessment", "Complete the life-story work sessions",
            "Visit the placement every four weeks", "Set up the dentist appointment", "Agree a safety plan with dad"};
    private static final String[] AGENCIES = {"School nurse", "Health visitor", "CAMHS", "Virtual school",
            "Housing officer", "Youth offending team"};

    private final JdbcTemplate jdbc;
    private final PlanSummaries summaries;
    private final Clock clock;

    ScalePlans(JdbcTemplate jdbc, PlanSummaries summaries, Clock clock) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.clock = clock;
    }

    private record PlanRow(UUID id, UUID child, String type, LocalDate startedOn, UUID currentVersion) {
    }

    private record VersionRow(UUID id, UUID plan, int number, String status, LocalDate nextReview, long author,
                              LocalDate writtenOn, boolean approved) {
    }

    private record ActionRow(UUID version, int position, @Nullable Long owner, @Nullable String ownerName,
                             @Nullable LocalDate due, String status) {
    }

    /** The rows waiting to be written, in batches, so a million actions never sit in memory at once. */
    private record Rows(List<PlanRow> plans, List<VersionRow> versions, List<ActionRow> actions) {
        Rows() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    @Override
    public void populate(CouncilGenerator.Council council, double scale, RandomGenerator random) {
        LocalDate today = LocalDate.now(clock);
        Rows rows = new Rows();
        // Closed and unallocated children's plans were written by someone in their team.
        Map<Long, Long> teamWriter = new HashMap<>();
        council.teams().forEach(t -> teamWriter.put(t.id(),
                t.practitionerIds().isEmpty() ? t.managerId() : t.practitionerIds().getFirst()));
        for (ChildRow child : council.children()) {
            long author = child.workerId() != null ? child.workerId() : teamWriter.get(child.teamId());
            switch (child.category()) {
                case CIN -> plan(rows, child, author, "CIN", today, random);
                case CP -> {
                    plan(rows, child, author, "CP", today, random);
                    if (random.nextInt(10) < 7) {
                        plan(rows, child, author, "CIN", today, random);
                    }
                }
                case CLA, CARE_LEAVER -> {
                    plan(rows, child, author, "CLA", today, random);
                    if (random.nextInt(10) < 5) {
                        plan(rows, child, author, "CIN", today, random);
                    }
                    if (random.nextInt(10) < 2) {
                        plan(rows, child, author, "CP", today, random);
                    }
                }
            }
            if (rows.actions().size() >= BATCH * 10) {
                write(rows);
            }
        }
        write(rows);
        summaries.rebuildAll();
    }

    private void plan(Rows rows, ChildRow child, long author, String type, LocalDate today, RandomGenerator random) {
        LocalDate end = child.closedOn() == null ? today : child.closedOn();
        long days = Math.max(1, end.toEpochDay() - child.openedOn().toEpochDay());
        LocalDate started = child.openedOn().plusDays(random.nextLong(Math.min(days, 60)));
        int count = 1 + random.nextInt(Math.max(1, Math.min(8, (int) (days / 90) + 1)));
        boolean slowTeam = child.teamId() % 4 == 0;
        UUID planId = UUID.randomUUID();
        UUID current = null;
        LocalDate written = started;
        for (int n = 1; n <= count; n++) {
            boolean last = n == count;
            UUID id = UUID.randomUUID();
            String status = !last ? "SUPERSEDED" : currentStatus(child, random);
            LocalDate nextReview = written.plusMonths(n == 1 && type.equals("CLA") ? 1 : 3 + random.nextInt(4));
            if (last && child.closedOn() == null) {
                // Reviews still to come, or overdue for one plan in seven (one in four in a slower team).
                nextReview = random.nextInt(100) < (slowTeam ? 25 : 14)
                        ? today.minusDays(1 + random.nextInt(90)) : today.plusDays(1 + random.nextInt(180));
            }
            rows.versions().add(new VersionRow(id, planId, n, status, nextReview, author, written,
                    status.equals("APPROVED") || status.equals("SUPERSEDED")));
            actions(rows, id, author, written, last ? random.nextInt(100) : 0, random);
            current = id;
            written = written.plusDays(90 + random.nextInt(90));
            if (written.isAfter(end)) {
                written = end;
            }
        }
        rows.plans().add(new PlanRow(planId, child.id(), type, started, current));
    }

    private static String currentStatus(ChildRow child, RandomGenerator random) {
        if (child.closedOn() != null) {
            return "APPROVED";
        }
        int roll = random.nextInt(100);
        return roll < 75 ? "APPROVED" : roll < 85 ? "DRAFT" : roll < 95 ? "SUBMITTED" : "RETURNED";
    }

    /** {@code gaps} under 33: complete; under 45: nothing owned or dated; then some of each kind of gap. */
    private static void actions(Rows rows, UUID version, long worker, LocalDate written, int gaps, RandomGenerator random) {
        int count = 2 + random.nextInt(7);
        for (int position = 0; position < count; position++) {
            boolean owned = gaps < 33 || (gaps >= 45 && (gaps < 60 || random.nextInt(3) > 0));
            boolean dated = gaps < 33 || (gaps >= 45 && (gaps >= 60 && gaps < 75 || random.nextInt(3) > 0));
            boolean agency = random.nextInt(3) == 0;
            rows.actions().add(new ActionRow(version, position, owned && !agency ? worker : null,
                    owned && agency ? AGENCIES[random.nextInt(AGENCIES.length)] : null,
                    dated ? written.plusDays(14 + random.nextInt(120)) : null,
                    random.nextInt(4) == 0 ? "DONE" : "NOT_STARTED"));
        }
    }

    private void write(Rows rows) {
        jdbc.batchUpdate("""
                        insert into plan (id, child_id, plan_type, started_on, current_version_id, created_at)
                        values (?, ?, ?, ?, ?, ?)""", rows.plans(), BATCH, (ps, p) -> {
                    ps.setObject(1, p.id());
                    ps.setObject(2, p.child());
                    ps.setString(3, p.type());
                    ps.setDate(4, Date.valueOf(p.startedOn()));
                    ps.setObject(5, p.currentVersion());
                    ps.setTimestamp(6, noon(p.startedOn()));
                });
        jdbc.batchUpdate("""
                        insert into plan_version (id, plan_id, version_number, status, contingency, child_views,
                            next_review_date, author_id, created_at, last_edited_by, last_edited_at, submitted_at,
                            approved_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.versions(), BATCH, (ps, v) -> {
                    ps.setObject(1, v.id());
                    ps.setObject(2, v.plan());
                    ps.setInt(3, v.number());
                    ps.setString(4, v.status());
                    ps.setString(5, "If home is not safe, the child stays with their aunt.");
                    ps.setString(6, "Wants to stay at the same school.");
                    ps.setDate(7, Date.valueOf(v.nextReview()));
                    ps.setLong(8, v.author());
                    ps.setTimestamp(9, noon(v.writtenOn()));
                    ps.setLong(10, v.author());
                    ps.setTimestamp(11, noon(v.writtenOn()));
                    ps.setTimestamp(12, v.status().equals("DRAFT") ? null : noon(v.writtenOn().plusDays(2)));
                    ps.setTimestamp(13, v.approved() ? noon(v.writtenOn().plusDays(5)) : null);
                });
        jdbc.batchUpdate("""
                        insert into plan_action (version_id, position, description, owner_staff_id, owner_name,
                            due_date, status)
                        values (?, ?, ?, ?, ?, ?, ?)""", rows.actions(), BATCH, (ps, a) -> {
                    ps.setObject(1, a.version());
                    ps.setInt(2, a.position());
                    ps.setString(3, DOINGS[a.position() % DOINGS.length]);
                    ps.setObject(4, a.owner());
                    ps.setString(5, a.ownerName());
                    ps.setDate(6, a.due() == null ? null : Date.valueOf(a.due()));
                    ps.setString(7, a.status());
                });
        rows.plans().clear();
        rows.versions().clear();
        rows.actions().clear();
    }

    private static Timestamp noon(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
