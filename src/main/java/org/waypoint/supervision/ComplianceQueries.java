package org.waypoint.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waypoint.security.Role;

/**
 * Supervision compliance counted in the database. Who held which children on a day comes from the allocation
 * history ({@code child_allocation}, half-open: {@code valid_from <= day < valid_to}), so figures "as at" a past day
 * give the past answer. Case-holding workers are the practitioners holding at least one child that day (DfE
 * workforce methodology: workers with no cases are excluded). Portable SQL for H2 and PostgreSQL; the only date
 * arithmetic is {@code date + integer}, which both have.
 */
@Repository
class ComplianceQueries {

    private static final List<String> CASE_HOLDING_ROLES = Arrays.stream(Role.values())
            .filter(Role::isCaseHolding).map(Role::name).toList();

    private final JdbcClient jdbc;

    ComplianceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts for one team on one day: a denominator and how many of it were in time. */
    record FigureRow(LocalDate asAt, long teamId, int total, int inTime) {
    }

    record OverdueWorkerRow(long teamId, long staffId, String name, @Nullable LocalDate lastHeldOn,
                            @Nullable LocalDate dueOn) {
    }

    record OverdueChildRow(long teamId, long workerId, String workerName, UUID childId, String givenName,
                           String familyName, LocalDate openedOn, @Nullable LocalDate lastDiscussedOn,
                           int intervalDays) {
    }

    /** Per team and day: case-holding workers, and those whose last supervision's due date has not passed. */
    List<FigureRow> workerFigures(List<LocalDate> days, Collection<Long> teamIds) {
        String sql = """
                with m(as_at) as (values %s),
                holders as (
                    select distinct m.as_at, a.team_id, a.worker_id
                    from m
                    join child_allocation a on a.valid_from <= m.as_at and (a.valid_to is null or a.valid_to > m.as_at)
                    join staff st on st.id = a.worker_id
                    where a.team_id in (:teamIds) and st.role in (:roles)
                )
                select h.as_at, h.team_id, count(*) as total,
                       sum(case when exists (select 1 from supervision s
                                             where s.supervisee_id = h.worker_id and s.held_on <= h.as_at
                                               and s.next_due_on >= h.as_at)
                           then 1 else 0 end) as in_time
                from holders h
                group by h.as_at, h.team_id""".formatted(daysTable(days));
        return withDays(jdbc.sql(sql), days)
                .param("teamIds", teamIds)
                .param("roles", CASE_HOLDING_ROLES)
                .query(ComplianceQueries::figure).list();
    }

    /**
     * Per team and day: allocated children, and those discussed within the team's case interval. A child whose case
     * opened less than an interval ago is not yet due, so counts as in time. Each child's last discussion before the
     * day is found in one grouped pass over the last 183 days of discussions (the longest interval a team may set, a
     * table constraint) and joined, rather than probed child by child: a third quicker on a council of 20,000
     * allocated children (docs/performance.md).
     */
    List<FigureRow> childFigures(List<LocalDate> days, Collection<Long> teamIds, int defaultIntervalDays) {
        String sql = """
                with m(as_at) as (values %s)
                select m.as_at, a.team_id, count(*) as total,
                       sum(case when c.opened_on + coalesce(p.case_discussion_interval_days, :defaultInterval) >= m.as_at
                                  or ld.last_held + coalesce(p.case_discussion_interval_days, :defaultInterval) >= m.as_at
                           then 1 else 0 end) as in_time
                from m
                join child_allocation a on a.valid_from <= m.as_at and (a.valid_to is null or a.valid_to > m.as_at)
                join child c on c.id = a.child_id
                left join supervision_policy p on p.team_id = a.team_id
                left join (select d.as_at, cd.child_id, max(cd.held_on) as last_held
                           from m d
                           join case_discussion cd on cd.held_on <= d.as_at and cd.held_on >= d.as_at - 183
                           group by d.as_at, cd.child_id) ld on ld.child_id = a.child_id and ld.as_at = m.as_at
                where a.worker_id is not null and a.team_id in (:teamIds)
                group by m.as_at, a.team_id""".formatted(daysTable(days));
        return withDays(jdbc.sql(sql), days)
                .param("teamIds", teamIds)
                .param("defaultInterval", defaultIntervalDays)
                .query(ComplianceQueries::figure).list();
    }

    /** Case-holding workers on the day whose supervision is overdue, or who have none recorded. */
    List<OverdueWorkerRow> overdueWorkers(LocalDate day, Collection<Long> teamIds) {
        return jdbc.sql("""
                        select h.team_id, h.worker_id, st.display_name, max(s.held_on) as last_held_on,
                               max(s.next_due_on) as due_on
                        from (select distinct a.team_id, a.worker_id
                              from child_allocation a join staff w on w.id = a.worker_id
                              where a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
                                and a.team_id in (:teamIds) and w.role in (:roles)) h
                        join staff st on st.id = h.worker_id
                        left join supervision s on s.supervisee_id = h.worker_id and s.held_on <= :day
                        group by h.team_id, h.worker_id, st.display_name
                        having max(s.next_due_on) is null or max(s.next_due_on) < :day""")
                .param("day", day)
                .param("teamIds", teamIds)
                .param("roles", CASE_HOLDING_ROLES)
                .query((rs, n) -> new OverdueWorkerRow(rs.getLong("team_id"), rs.getLong("worker_id"),
                        rs.getString("display_name"), rs.getObject("last_held_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** Children allocated on the day whose case discussion is overdue. */
    List<OverdueChildRow> overdueChildren(LocalDate day, Collection<Long> teamIds, int defaultIntervalDays) {
        return jdbc.sql("""
                        select a.team_id, a.worker_id, w.display_name as worker_name, c.id as child_id, c.given_name,
                               c.family_name, c.opened_on, max(cd.held_on) as last_discussed_on,
                               coalesce(p.case_discussion_interval_days, :defaultInterval) as interval_days
                        from child_allocation a
                        join child c on c.id = a.child_id
                        join staff w on w.id = a.worker_id
                        left join supervision_policy p on p.team_id = a.team_id
                        left join case_discussion cd on cd.child_id = a.child_id and cd.held_on <= :day
                        where a.worker_id is not null and a.valid_from <= :day
                          and (a.valid_to is null or a.valid_to > :day) and a.team_id in (:teamIds)
                        group by a.team_id, a.worker_id, w.display_name, c.id, c.given_name, c.family_name,
                                 c.opened_on, p.case_discussion_interval_days
                        having c.opened_on + coalesce(p.case_discussion_interval_days, :defaultInterval) < :day
                           and (max(cd.held_on) is null
                                or max(cd.held_on) + coalesce(p.case_discussion_interval_days, :defaultInterval) < :day)""")
                .param("day", day)
                .param("teamIds", teamIds)
                .param("defaultInterval", defaultIntervalDays)
                .query((rs, n) -> new OverdueChildRow(rs.getLong("team_id"), rs.getLong("worker_id"),
                        rs.getString("worker_name"), rs.getObject("child_id", UUID.class), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("last_discussed_on", LocalDate.class), rs.getInt("interval_days")))
                .list();
    }

    /**
     * Names of the children discussed in a supervision record, which its readers see even after a child has moved
     * to another worker (the record's access rule applies, and each view is audited).
     */
    Map<UUID, String> childNames(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, given_name, family_name from child where id in (:ids)")
                .param("ids", childIds)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("given_name") + " " + rs.getString("family_name"));
                });
        return names;
    }

    private static String daysTable(List<LocalDate> days) {
        return IntStream.range(0, days.size()).mapToObj(i -> "(cast(:day" + i + " as date))")
                .collect(Collectors.joining(", "));
    }

    private static JdbcClient.StatementSpec withDays(JdbcClient.StatementSpec statement, List<LocalDate> days) {
        for (int i = 0; i < days.size(); i++) {
            statement = statement.param("day" + i, days.get(i));
        }
        return statement;
    }

    private static FigureRow figure(ResultSet rs, int row) throws SQLException {
        return new FigureRow(rs.getObject("as_at", LocalDate.class), rs.getLong("team_id"), rs.getInt("total"),
                rs.getInt("in_time"));
    }
}
