package org.waypoint.plans;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code plan_summary} row of each plan (migration V11): its current version's action counts and status, and
 * the version in force's approval and next review, so the compliance figures and the completeness report read one
 * row a plan instead of its versions and actions. Computed here in SQL from the plan tables, so a summary is always
 * what they say: {@link PlanService} refreshes a plan's row in each write, after its changes are flushed; anything
 * that writes the plan tables directly (the demo data and the generated council) rebuilds them all after.
 */
@Repository
public class PlanSummaries {

    /** Owner names are stored null when blank, so "owned" is plain SQL. */
    static final String OWNED = "(a.owner_staff_id is not null or a.owner_name is not null)";

    /** The summary of the plans the three filters keep (the plan, its current version, its versions). */
    private static final String SUMMARY = """
            insert into plan_summary (plan_id, child_id, plan_type, started_on, current_version_id, status,
                                      current_since, action_count, owned_count, dated_count, complete_count,
                                      approved_at, review_due)
            select p.id, p.child_id, p.plan_type, p.started_on, v.id, v.status, v.created_at,
                   coalesce(n.actions, 0), coalesce(n.owned, 0), coalesce(n.dated, 0), coalesce(n.complete, 0),
                   f.approved_at, f.next_review_date
            from plan p
            left join plan_version v on v.id = p.current_version_id
            left join (select a.version_id, count(*) as actions,
                              sum(case when %1$s then 1 else 0 end) as owned,
                              sum(case when a.due_date is not null then 1 else 0 end) as dated,
                              sum(case when %1$s and a.due_date is not null then 1 else 0 end) as complete
                       from plan q join plan_action a on a.version_id = q.current_version_id
                       where %2$s group by a.version_id) n on n.version_id = v.id
            left join (select w.plan_id, max(w.version_number) as n from plan_version w
                       where w.approved_at is not null and %3$s group by w.plan_id) a on a.plan_id = p.id
            left join plan_version f on f.plan_id = a.plan_id and f.version_number = a.n
            where %4$s""";
    // Two texts rather than "(:id is null or p.id = :id)", which PostgreSQL's generic plan would run as a full scan.
    private static final String ONE = SUMMARY.formatted(OWNED, "q.id = :planId", "w.plan_id = :planId", "p.id = :planId");
    private static final String ALL = SUMMARY.formatted(OWNED, "1 = 1", "1 = 1", "1 = 1");

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
