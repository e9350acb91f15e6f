package org.waypoint.pathway;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waypoint.children.CaseScope;
import org.waypoint.children.Category;
import org.waypoint.common.Dates;

/**
 * The read side in SQL, limited to the caller's children by {@link CaseScope}. Portable SQL for H2 and PostgreSQL;
 * {@code date + interval 'n' year} clamps 29 February as {@link LocalDate#plusYears} does.
 */
@Repository
class PathwayQueries {

    private static final String IN_SCOPE = "(c.allocated_worker_id = :staffId or c.team_id in (:teamIds))";
    private static final String CHILD_NAME = "c.given_name || ' ' || c.family_name";
    /** {@link CareLeaverRule} in SQL for young people who have a plan (so 16 or over, and qualified when they got it). */
    private static final String STATUS = """
            case when c.category not in ('CLA', 'CARE_LEAVER') then 'NOT_A_CARE_LEAVER'
                 when c.date_of_birth + interval '25' year <= :today then 'SUPPORT_ENDED'
                 when c.date_of_birth + interval '21' year <= :today then
                      case when c.closed_on is null or c.closed_on > :today then 'FORMER_RELEVANT'
                           else 'SUPPORT_NOT_WANTED' end
                 when c.date_of_birth + interval '18' year <= :today then 'FORMER_RELEVANT'
                 when c.category = 'CARE_LEAVER' then 'RELEVANT'
                 else 'ELIGIBLE' end""";

    /**
     * Each pathway plan of a young person open on {@code :today} in the teams, started by then, with their care-leaver
     * status on the day and the last review (approval) by its end. Entitled statuses only: the plans that should be
     * reviewed.
     */
    private static final String ON_THE_DAY = """
            select * from (select p.id as plan_id, p.current_version_id, c.id as child_id, %s as child_name,
                                  c.team_id, t.name as team_name, %s as status,
                                  (select max(r.approved_at) from pathway_version r
                                   where r.plan_id = p.id and r.approved_at < :dayEnd) as reviewed_at
                           from pathway_plan p
                           join child c on c.id = p.child_id
                           join team t on t.id = c.team_id
                           where c.team_id in (:teamIds) and (c.closed_on is null or c.closed_on > :today)
                             and p.started_on <= :today) x
            where x.status in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT')""".formatted(CHILD_NAME, STATUS);

    private final JdbcClient jdbc;

    PathwayQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the care-leaver rule needs to know about a young person. */
    record ChildFacts(String name, LocalDate dateOfBirth, Category category, LocalDate openedOn, boolean open) {

        CareLeaverStatus status(LocalDate today) {
            // the case stays open while a care leaver of 21 to 24 wants support (docs/decisions/0020-pathway.md)
            return CareLeaverRule.status(dateOfBirth, category, openedOn, open, today);
        }
    }

    Optional<ChildFacts> child(UUID childId) {
        return jdbc.sql("select given_name || ' ' || family_name as name, date_of_birth, category, opened_on, closed_on "
                        + "from child where id = :id")
                .param("id", childId)
                .query((rs, n) -> new ChildFacts(rs.getString("name"), rs.getObject("date_of_birth", LocalDate.class),
                        Category.valueOf(rs.getString("category")), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class) == null))
                .optional();
    }

    /** Per team and care-leaver status: current pathway plans, and how many were reviewed on or after the cutoff. */
    List<PathwayReportRow> report(CaseScope scope, LocalDate today, LocalDate cutoff) {
        return jdbc.sql("""
                        select x.team_id, x.team_name, x.status, count(*) as plans,
                               sum(case when x.last_reviewed_on >= :cutoff then 1 else 0 end) as up_to_date
                        from (select c.team_id, t.name as team_name, p.last_reviewed_on, %s as status
                              from pathway_plan p
                              join child c on c.id = p.child_id
                              join team t on t.id = c.team_id
                              where %s) x
                        group by x.team_id, x.team_name, x.status
                        order by x.team_name, x.team_id, x.status""".formatted(STATUS, IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("today", today).param("cutoff", cutoff)
                .query((rs, n) -> new PathwayReportRow(rs.getLong("team_id"), rs.getString("team_name"),
                        CareLeaverStatus.valueOf(rs.getString("status")), rs.getLong("plans"),
                        rs.getLong("up_to_date")))
                .list();
    }

    record StatusCount(long teamId, CareLeaverStatus status, long met, long total) {
    }

    /**
     * Per team and care-leaver status, the pathway plans of young people open on {@code day} who were entitled to
     * one, and how many were reviewed in the 6 months up to the day ({@link PathwayReviews#upToDate}).
     */
    List<StatusCount> upToDate(LocalDate day, Collection<Long> teamIds) {
        return onTheDay("select team_id, status, count(*) as total, "
                        + "sum(case when reviewed_at >= :reviewedFrom then 1 else 0 end) as met "
                        + "from (" + ON_THE_DAY + ") y group by team_id, status", day, teamIds)
                .query((rs, n) -> new StatusCount(rs.getLong("team_id"), CareLeaverStatus.valueOf(rs.getString("status")),
                        rs.getLong("met"), rs.getLong("total")))
                .list();
    }

    /** The plans behind {@link #upToDate}, of one status or all, by team and name. */
    List<PathwayOnTheDay> onTheDay(LocalDate day, Collection<Long> teamIds, @Nullable CareLeaverStatus status) {
        return onTheDay("select * from (" + ON_THE_DAY + ") y where cast(:status as varchar(30)) is null "
                        + "or status = :status order by team_name, child_name, child_id", day, teamIds)
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> {
                    var reviewed = rs.getObject("reviewed_at", java.time.OffsetDateTime.class);
                    LocalDate last = reviewed == null ? null : LocalDate.ofInstant(reviewed.toInstant(), Dates.ZONE);
                    return new PathwayOnTheDay(uuid(rs, "current_version_id"), uuid(rs, "child_id"),
                            rs.getString("child_name"), rs.getLong("team_id"), rs.getString("team_name"),
                            CareLeaverStatus.valueOf(rs.getString("status")), last, PathwayReviews.upToDate(last, day));
                })
                .list();
    }

    private JdbcClient.StatementSpec onTheDay(String sql, LocalDate day, Collection<Long> teamIds) {
        return jdbc.sql(sql).param("today", day).param("teamIds", teamIds)
                .param("dayEnd", day.plusDays(1).atStartOfDay(Dates.ZONE).toOffsetDateTime())
                .param("reviewedFrom", PathwayReviews.upToDateCutoff(day).atStartOfDay(Dates.ZONE).toOffsetDateTime());
    }

    record ReviewDue(UUID childId, LocalDate due) {
    }

    /** The next review of the current pathway plan of each of these children (already visible to the caller). */
    List<ReviewDue> reviewsDue(Collection<UUID> childIds) {
        return jdbc.sql("""
                        select p.child_id, v.next_review_date
                        from pathway_plan p join pathway_version v on v.id = p.current_version_id
                        where p.child_id in (:childIds) and v.next_review_date is not null""")
                .param("childIds", childIds)
                .query((rs, n) -> new ReviewDue(uuid(rs, "child_id"), rs.getObject("next_review_date", LocalDate.class)))
                .list();
    }

    /** Current pathway plans in scope whose review is before {@code today}, the longest overdue first. */
    List<PathwayListItem> overdue(CaseScope scope, LocalDate today) {
        return list("v.next_review_date < :today and c.closed_on is null and " + IN_SCOPE, scope, today,
                "v.next_review_date, c.family_name");
    }

    /** Submitted pathway plans of the children of the caller's teams, oldest first. */
    List<PathwayListItem> submitted(CaseScope scope, LocalDate today) {
        return list("v.status = 'SUBMITTED' and " + IN_SCOPE, scope, today, "v.submitted_at, v.id");
    }

    /** Pathway plans returned to this author by their manager, to change and send again. */
    List<PathwayListItem> returnedTo(long authorId, CaseScope scope, LocalDate today) {
        // authorId is a number, never text from a user
        return list("v.status = 'RETURNED' and v.author_id = " + authorId + " and c.closed_on is null and " + IN_SCOPE,
                scope, today, "v.last_edited_at");
    }

    private List<PathwayListItem> list(String where, CaseScope scope, LocalDate today, String order) {
        return jdbc.sql("""
                        select v.id, c.id as child_id, %s as child_name, %s as status, v.status as plan_status,
                               v.next_review_date, s.display_name, v.author_id, v.last_edited_by
                        from pathway_plan p
                        join pathway_version v on v.id = p.current_version_id
                        join child c on c.id = p.child_id
                        left join staff s on s.id = c.allocated_worker_id
                        where %s order by %s""".formatted(CHILD_NAME, STATUS, where, order))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery()).param("today", today)
                .query((rs, n) -> new PathwayListItem(uuid(rs, "id"), uuid(rs, "child_id"), rs.getString("child_name"),
                        CareLeaverStatus.valueOf(rs.getString("status")),
                        org.waypoint.plans.PlanStatus.valueOf(rs.getString("plan_status")),
                        rs.getObject("next_review_date", LocalDate.class), nullToEmpty(rs.getString("display_name")),
                        rs.getLong("author_id"), rs.getLong("last_edited_by")))
                .list();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
