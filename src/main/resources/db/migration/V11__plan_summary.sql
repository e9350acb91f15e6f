-- One row per plan with what the compliance figures and the completeness report need, kept by the plans service on
-- every save (plans.PlanSummaries), so they read one row a plan instead of its versions and a million actions.
-- Portable SQL: H2 (PostgreSQL mode) and PostgreSQL. See docs/performance.md.
create table plan_summary (
    plan_id             uuid        primary key references plan (id),
    child_id            uuid        not null references child (id),
    plan_type           varchar(10) not null,
    started_on          date        not null,
    -- the current (newest) version: when it was started, its status and its actions
    current_version_id  uuid,
    status              varchar(12),
    current_since       timestamp with time zone,
    action_count        integer     not null,
    owned_count         integer     not null,
    dated_count         integer     not null,
    -- owned and dated
    complete_count      integer     not null,
    -- the version before it, for a day before the current one was started
    prev_since          timestamp with time zone,
    prev_action_count   integer     not null,
    prev_complete_count integer     not null,
    -- the version in force (the newest approved): when it was approved and its next review; and the approved one
    -- before it
    approved_at         timestamp with time zone,
    review_due          date,
    prev_approved_at    timestamp with time zone,
    prev_review_due     date
);
create index ix_plan_summary_child on plan_summary (child_id, plan_type);
-- the few plans changed twice since a past day, whose figure on that day comes from their versions
create index ix_plan_summary_prev_since on plan_summary (prev_since);
create index ix_plan_summary_prev_approved on plan_summary (prev_approved_at);

insert into plan_summary (plan_id, child_id, plan_type, started_on, current_version_id, status, current_since,
                          action_count, owned_count, dated_count, complete_count,
                          prev_since, prev_action_count, prev_complete_count,
                          approved_at, review_due, prev_approved_at, prev_review_due)
select p.id, p.child_id, p.plan_type, p.started_on, v.id, v.status, v.created_at,
       coalesce(n.actions, 0), coalesce(n.owned, 0), coalesce(n.dated, 0), coalesce(n.complete, 0),
       pv.created_at, coalesce(m.actions, 0), coalesce(m.complete, 0),
       f.approved_at, f.next_review_date, g.approved_at, g.next_review_date
from plan p
left join plan_version v on v.id = p.current_version_id
left join plan_version pv on pv.plan_id = p.id and pv.version_number = v.version_number - 1
left join (select a.version_id, count(*) as actions,
                  sum(case when a.owner_staff_id is not null or a.owner_name is not null then 1 else 0 end) as owned,
                  sum(case when a.due_date is not null then 1 else 0 end) as dated,
                  sum(case when (a.owner_staff_id is not null or a.owner_name is not null)
                                and a.due_date is not null then 1 else 0 end) as complete
           from plan_action a group by a.version_id) n on n.version_id = v.id
left join (select a.version_id, count(*) as actions,
                  sum(case when (a.owner_staff_id is not null or a.owner_name is not null)
                                and a.due_date is not null then 1 else 0 end) as complete
           from plan_action a group by a.version_id) m on m.version_id = pv.id
left join (select w.plan_id, max(w.version_number) as n from plan_version w
           where w.approved_at is not null group by w.plan_id) a on a.plan_id = p.id
left join plan_version f on f.plan_id = a.plan_id and f.version_number = a.n
left join (select b.plan_id, max(b.version_number) as n from plan_version b
           join (select w.plan_id, max(w.version_number) as n from plan_version w
                 where w.approved_at is not null group by w.plan_id) z on z.plan_id = b.plan_id
           where b.approved_at is not null and b.version_number < z.n group by b.plan_id) e on e.plan_id = p.id
left join plan_version g on g.plan_id = e.plan_id and g.version_number = e.n;
