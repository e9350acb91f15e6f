package org.waypoint.plans;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code plan_summary} row of each plan (migration V11): its current version's action counts and status, the
 * version in force's approval and next review, and the same of the version before each, so the compliance figures
 * and the completeness report read one row a plan instead of its versions and actions. Computed here in SQL from the
 * plan tables, so a summary is always what they say: {@link PlanService} refreshes a plan's row in each write, after
 * its changes are flushed; anything that writes the plan tables directly (the demo data and the generated council)
 * rebuilds them all after.
 */
@Repository
public class PlanSummaries {

    /** Owner names are stored null when blank, so "owned" is plain SQL. */
    static final String OWNED = "(a.owner_staff_id is not null or a.owner_name is not null)";

    /** Per version of the versions the filter keeps (alias {@code w}): its actions, owned, dated, both. */
    private static final String COUNTS = """
            (select a.version_id, count(*) as actions,
                    sum(case when %1$s then 1 else 0 end) as owned,
                    sum(case when a.due_date is not null then 1 else 0 end) as dated,
                    sum(case when %1$s and a.due_date is not null then 1 else 0 end) as complete
             from plan_version w join plan_action a on a.version_id = w.id
             where %2$s group by a.version_id)""";

    /** Per plan of the versions the filter keeps (alias {@code w}): its newest approved version's number. */
    private static final String NEWEST_APPROVED = """
            (select w.plan_id, max(w.version_number) as n from plan_version w
             where w.approved_at is not null and %2$s group by w.plan_id)""";

    /**
     * The summary of the plans the filters keep (versions as {@code w}, plans as {@code p}): the current version
     * ({@code v}) and the one before it ({@code pv}), the version in force ({@code f}, the newest approved) and the
     * approved one before it ({@code g}). The versions before let a past day's figure do without looking up the
     * versions of then, unless the plan changed twice since.
     */
    private static final String SUMMARY = """
            insert into plan_summary (plan_id, child_id, plan_type, started_on, current_version_id, status,
                                      current_since, action_count, owned_count, dated_count, complete_count,
                                      prev_since, prev_action_count, prev_complete_count,
                                      approved_at, review_due, prev_approved_at, prev_review_due)
            select p.id, p.child_id, p.plan_type, p.started_on, v.id, v.status, v.created_at,
                   coalesce(n.actions, 0), coalesce(n.owned, 0), coalesce(n.dated, 0), coalesce(n.complete, 0),
                   pv.created_at, coalesce(m.actions, 0), coalesce(m.complete, 0),
                   f.approved_at, f.next_review_date, g.approved_at, g.next_review_date
            from plan p
            left join plan_version v on v.id = p.current_version_id
            left join plan_version pv on pv.plan_id = p.id and pv.version_number = v.version_number - 1
            left join COUNTS n on n.version_id = v.id
            left join COUNTS m on m.version_id = pv.id
            left join NEWEST_APPROVED a on a.plan_id = p.id
            left join plan_version f on f.plan_id = a.plan_id and f.version_number = a.n
            left join (select b.plan_id, max(b.version_number) as n from plan_version b
                       join NEWEST_APPROVED z on z.plan_id = b.plan_id
                       where b.approved_at is not null and b.version_number < z.n group by b.plan_id) e
                   on e.plan_id = p.id
            left join plan_version g on g.plan_id = e.plan_id and g.version_number = e.n
            where %3$s""".replace("COUNTS", COUNTS).replace("NEWEST_APPROVED", NEWEST_APPROVED);
    // Two texts rather than "(:id is null or p.id = :id)", which PostgreSQL's generic plan would run as a full scan.
    private static final String ONE = SUMMARY.formatted(OWNED, "w.plan_id = :planId", "p.id = :planId");
    private static final String ALL = SUMMARY.formatted(OWNED, "1 = 1", "1 = 1");

    private final JdbcClient jdbc;

    PlanSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's row again from its tables, in the caller's transaction (which must have flushed its changes). */
    void refresh(UUID planId) {
        jdbc.sql("delete from plan_summary where plan_id = :planId").param("planId", planId).update();
        jdbc.sql(ONE).param("planId", planId).update();
    }

    /** Every plan's row again, after plans were written straight into the tables. */
    @Transactional
    public void rebuildAll() {
        jdbc.sql("delete from plan_summary").update();
        jdbc.sql(ALL).update();
    }
}
