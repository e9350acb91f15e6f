package org.waypoint.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waypoint.children.CaseScope;
import org.waypoint.common.Dates;

/**
 * The read side in SQL: lists across children and the completeness report, aggregated in the database and limited
 * to the caller's children by the scope condition of {@link CaseScope}. Portable SQL for H2 and PostgreSQL.
 */
@Repository
class PlanQueries {

    private static final String IN_SCOPE = "(c.allocated_worker_id = :staffId or c.team_id in (:teamIds))";
    private static final String CHILD_NAME = "c.given_name || ' ' || c.family_name";
    /**
     * Per current plan version with actions, from its summary: its counts and its category, decided as
     * {@link Completeness#of(long, long, long, long)} decides it.
     */
    private static final String PER_PLAN = """
            select x.*, case when x.both_ = x.n then 'COMPLETE'
                             when x.owned = 0 and x.dated = 0 then 'ALL_MISSING'
                             when x.dated = x.n then 'ALL_DATED_SOME_UNOWNED'
                             when x.owned = x.n then 'ALL_OWNED_SOME_UNDATED'
                             else 'SOME_MISSING' end as category
            from (select s.current_version_id as version_id, c.id as child_id, %s as child_name, s.plan_type,
                         s.status, c.team_id, t.name as team_name, t.service_area_id, sa.name as service_area_name,
                         s.action_count as n, s.owned_count as owned, s.dated_count as dated, s.complete_count as both_
                  from plan_summary s
                  join child c on c.id = s.child_id
                  join team t on t.id = c.team_id
                  join service_area sa on sa.id = t.service_area_id
                  where s.action_count > 0 and c.closed_on is null and %s
                    and (cast(:teamId as bigint) is null or c.team_id = :teamId)
                    and (cast(:areaId as bigint) is null or t.service_area_id = :areaId)) x""".formatted(CHILD_NAME,
            IN_SCOPE);

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CategoryCount(long teamId, String teamName, long serviceAreaId, String serviceAreaName,
                         Completeness category, long plans) {
    }

    List<CategoryCount> completeness(CaseScope scope, @Nullable Long teamId, @Nullable Long areaId) {
        return jdbc.sql("select team_id, team_name, service_area_id, service_area_name, category, count(*) as plans "
                        + "from (" + PER_PLAN + ") y group by team_id, team_name, service_area_id, service_area_name, "
                        + "category order by team_name")
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("teamId", teamId).param("areaId", areaId)
                .query((rs, n) -> new CategoryCount(rs.getLong("team_id"), rs.getString("team_name"),
                        rs.getLong("service_area_id"), rs.getString("service_area_name"),
                        Completeness.valueOf(rs.getString("category")), rs.getLong("plans")))
                .list();
    }

    List<CompletenessPlan> completenessPlans(CaseScope scope, @Nullable Long teamId, @Nullable Long areaId,
                                             @Nullable Completeness category) {
        return jdbc.sql("select * from (" + PER_PLAN + ") y where (cast(:category as varchar(30)) is null "
                        + "or category = :category) order by team_name, child_name")
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("teamId", teamId).param("areaId", areaId)
                .param("category", category == null ? null : category.name())
                .query((rs, n) -> new CompletenessPlan(uuid(rs, "version_id"), uuid(rs, "child_id"),
                        rs.getString("child_name"), PlanType.valueOf(rs.getString("plan_type")),
                        PlanStatus.valueOf(rs.getString("status")), rs.getString("team_name"),
                        Completeness.valueOf(rs.getString("category")), rs.getLong("n"), rs.getLong("owned"),
                        rs.getLong("dated")))
                .list();
    }

    record Submitted(UUID versionId, UUID childId, String childName, PlanType type, int number, long authorId,
                     long lastEditedBy, String authorName, Instant submittedAt) {
    }

    /** Submitted versions of the children of these teams, oldest first. */
    List<Submitted> submitted(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select v.id, c.id as child_id, %s as child_name, p.plan_type, v.version_number, v.author_id,
                               v.last_edited_by, s.display_name, v.submitted_at
                        from plan_version v
                        join plan p on p.id = v.plan_id
                        join child c on c.id = p.child_id
                        join staff s on s.id = v.author_id
                        where v.status = 'SUBMITTED' and c.team_id in (:teamIds) and c.closed_on is null
                        order by v.submitted_at, v.id""".formatted(CHILD_NAME))
                .param("teamIds", teamIds)
                .query((rs, n) -> new Submitted(uuid(rs, "id"), uuid(rs, "child_id"), rs.getString("child_name"),
                        PlanType.valueOf(rs.getString("plan_type")), rs.getInt("version_number"),
                        rs.getLong("author_id"), rs.getLong("last_edited_by"), rs.getString("display_name"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Current plans in scope whose review date is before {@code today}, the longest overdue first. */
    List<OverdueReview> overdueReviews(CaseScope scope, @Nullable Long teamId, LocalDate today) {
        return jdbc.sql("""
                        select v.id, c.id as child_id, %s as child_name, p.plan_type, v.next_review_date,
                               s.display_name
                        from plan p
                        join plan_version v on v.id = p.current_version_id
                        join child c on c.id = p.child_id
                        left join staff s on s.id = c.allocated_worker_id
                        where %s and c.closed_on is null and v.next_review_date < :today
                          and (cast(:teamId as bigint) is null or c.team_id = :teamId)
                        order by v.next_review_date, c.family_name""".formatted(CHILD_NAME, IN_SCOPE))
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .param("teamId", teamId).param("today", today)
                .query((rs, n) -> new OverdueReview(uuid(rs, "id"), uuid(rs, "child_id"), rs.getString("child_name"),
                        PlanType.valueOf(rs.getString("plan_type")), rs.getObject("next_review_date", LocalDate.class),
                        rs.getString("display_name")))
                .list();
    }

    /**
     * Plans up to date on {@code :day} per team and type: of the plans of children open that day, those whose version
     * in force (the newest approved by the end of the day) had its next review on or after the day. A plan never
     * approved counts as up to date while it is less than a month old (the time to write and approve it).
     *
     * <p>From the plans' summaries: the newest approved version, when approved by the end of the day, was also the
     * one in force then; when approved since, the approved one before it was (or none was, when there is none). Only
     * plans approved twice since the day (none for today) look up their version of then.
     */
    private static final String UP_TO_DATE = """
            select c.team_id, x.plan_type, count(*) as total, sum(x.met) as met
            from (select s.child_id, s.plan_type, s.started_on,
                         case when s.approved_at is null or s.approved_at < :dayEnd then
                                   case when s.review_due >= :day then 1
                                        when s.approved_at is null and s.started_on > :monthBefore then 1 else 0 end
                              when s.prev_review_due >= :day then 1
                              when s.prev_approved_at is null and s.started_on > :monthBefore then 1
                              else 0 end as met
                  from plan_summary s
                  where s.approved_at is null or s.approved_at < :dayEnd or s.prev_approved_at is null
                     or s.prev_approved_at < :dayEnd
                  union all
                  select s.child_id, s.plan_type, s.started_on,
                         coalesce((select case when w.next_review_date >= :day then 1 else 0 end
                                   from plan_version w
                                   where w.plan_id = s.plan_id and w.approved_at < :dayEnd
                                   order by w.version_number desc fetch first 1 rows only),
                                  case when s.started_on > :monthBefore then 1 else 0 end)
                  from plan_summary s
                  where s.approved_at >= :dayEnd and s.prev_approved_at >= :dayEnd) x
            join child c on c.id = x.child_id
            where c.team_id in (:teamIds) and (c.closed_on is null or c.closed_on > :day) and x.started_on <= :day
            group by c.team_id, x.plan_type""";

    /**
     * Plans with actions whose version current at the end of {@code :day} had every action owned and dated, per team
     * (the "complete" category of {@link Completeness}): 1 complete, 0 not, null without actions or without a version
     * then (not counted). From the plans' summaries: the current version, or when it was started since the day the
     * one before it; only plans given two versions since (none for today) look at their version of then. The type is
     * null: the figure is over all plans.
     */
    private static final String COMPLETE = """
            select c.team_id, cast(null as varchar(10)) as plan_type, count(x.complete) as total,
                   sum(x.complete) as met
            from (select s.child_id,
                         case when s.current_since < :dayEnd then
                                   case when s.action_count = 0 then null
                                        when s.complete_count = s.action_count then 1 else 0 end
                              when s.prev_action_count = 0 then null
                              when s.prev_complete_count = s.prev_action_count then 1 else 0 end as complete
                  from plan_summary s
                  where s.current_since < :dayEnd or s.prev_since < :dayEnd
                  union all
                  select s.child_id,
                         (select case when not exists (select 1 from plan_action a where a.version_id = w.id) then null
                                      when exists (select 1 from plan_action a where a.version_id = w.id
                                                   and (a.due_date is null or not %s)) then 0
                                      else 1 end
                          from plan_version w where w.plan_id = s.plan_id and w.created_at < :dayEnd
                          order by w.version_number desc fetch first 1 rows only)
                  from plan_summary s
                  where s.current_since >= :dayEnd and s.prev_since >= :dayEnd) x
            join child c on c.id = x.child_id
            where c.team_id in (:teamIds) and (c.closed_on is null or c.closed_on > :day)
            group by c.team_id""".formatted(PlanSummaries.OWNED);

    /** One team's count on a day: plans up to date of a type, or (type null) complete plans. */
    record TeamFigure(long teamId, @Nullable PlanType type, long met, long total) {
    }

    /** Both compliance figures of plans on {@code day}, per team, in one statement. */
    List<TeamFigure> figures(LocalDate day, Collection<Long> teamIds) {
        return jdbc.sql(UP_TO_DATE + "\nunion all\n" + COMPLETE)
                .param("day", day).param("monthBefore", day.minusMonths(1))
                .param("dayEnd", endOf(day)).param("teamIds", teamIds)
                .query((rs, n) -> {
                    String type = rs.getString("plan_type");
                    return new TeamFigure(rs.getLong("team_id"), type == null ? null : PlanType.valueOf(type),
                            rs.getLong("met"), rs.getLong("total"));
                })
                .list();
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Dates.ZONE).toOffsetDateTime();
    }

    record Mine(UUID versionId, UUID childId, String childName, PlanType type, String what, LocalDate day) {
    }

    /**
     * What waits for this member of staff on plans they wrote or own, for children in scope: versions returned to
     * them (with the day of the return) and actions they own in current versions that are past their due date.
     */
    List<Mine> waitingFor(long staffId, CaseScope scope, LocalDate today) {
        return jdbc.sql("""
                        select v.id, c.id as child_id, %1$s as child_name, p.plan_type, 'RETURNED' as what,
                               cast(v.last_edited_at as date) as day_
                        from plan p
                        join plan_version v on v.id = p.current_version_id
                        join child c on c.id = p.child_id
                        where v.status = 'RETURNED' and v.author_id = :me and c.closed_on is null and %2$s
                        union all
                        select v.id, c.id, %1$s, p.plan_type, a.description, a.due_date
                        from plan p
                        join plan_version v on v.id = p.current_version_id
                        join plan_action a on a.version_id = v.id
                        join child c on c.id = p.child_id
                        where a.owner_staff_id = :me and a.due_date < :today and a.status in ('NOT_STARTED', 'IN_PROGRESS')
                          and c.closed_on is null and %2$s""".formatted(CHILD_NAME, IN_SCOPE))
                .param("me", staffId).param("today", today)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new Mine(uuid(rs, "id"), uuid(rs, "child_id"), rs.getString("child_name"),
                        PlanType.valueOf(rs.getString("plan_type")), rs.getString("what"),
                        rs.getObject("day_", LocalDate.class)))
                .list();
    }

    record ReviewDue(UUID childId, PlanType type, LocalDate due) {
    }

    /** The next review of each current plan of these children (already visible to the caller). */
    List<ReviewDue> reviewsDue(Collection<UUID> childIds) {
        return jdbc.sql("""
                        select p.child_id, p.plan_type, v.next_review_date
                        from plan p join plan_version v on v.id = p.current_version_id
                        where p.child_id in (:childIds) and v.next_review_date is not null""")
                .param("childIds", childIds)
                .query((rs, n) -> new ReviewDue(uuid(rs, "child_id"), PlanType.valueOf(rs.getString("plan_type")),
                        rs.getObject("next_review_date", LocalDate.class)))
                .list();
    }

    /** Active staff who may own an action, matching the search, by name. */
    List<StaffChoice> staff(String search, int limit) {
        return jdbc.sql("""
                        select s.id, s.display_name, t.name as team_name from staff s
                        left join team t on t.id = s.team_id
                        where s.active and s.role <> 'ADMIN' and lower(s.display_name) like :search
                        order by s.display_name, s.id fetch first :limit rows only""")
                .param("search", "%" + search.strip().toLowerCase().replace("%", "").replace("_", "") + "%")
                .param("limit", limit)
                .query((rs, n) -> new StaffChoice(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("team_name")))
                .list();
    }

    @Nullable String activeStaffName(long staffId) {
        return jdbc.sql("select display_name from staff where id = :id and active and role <> 'ADMIN'")
                .param("id", staffId).query(String.class).optional().orElse(null);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
