-- Supervision: each team's policy, the records a manager writes with a supervisee, their case discussions (which
-- appear on each child's record as management oversight), and addenda once a record is locked.

-- A team without a row follows the defaults (LGA employer standard 5), which the application holds.
create table supervision_policy (
    team_id                         bigint  primary key references team (id),
    practitioner_interval_days      integer not null,
    nq_weekly_weeks                 integer not null,
    nq_fortnightly_months           integer not null,
    case_discussion_interval_days   integer not null,
    updated_by                      bigint  references staff (id),
    updated_at                      timestamp with time zone not null,
    version                         bigint  not null default 0,
    constraint ck_supervision_policy_practitioner check (practitioner_interval_days between 7 and 92),
    constraint ck_supervision_policy_weekly check (nq_weekly_weeks between 0 and 26),
    constraint ck_supervision_policy_fortnightly check (nq_fortnightly_months between 0 and 12),
    constraint ck_supervision_policy_cases check (case_discussion_interval_days between 7 and 183)
);

create table supervision (
    id                     uuid          primary key,
    supervisee_id          bigint        not null references staff (id),
    supervisor_id          bigint        not null references staff (id),
    -- the supervisee's team when supervised: whose manager and head of service may read the record
    team_id                bigint        not null references team (id),
    held_on                date          not null,
    duration_minutes       integer       not null,
    reflective_discussion  varchar(6000) not null,
    wellbeing              varchar(6000) not null,
    workload               varchar(6000) not null,
    learning_development   varchar(6000),
    -- from the team's policy and the supervisee's qualification date; compliance queries compare dates only
    next_due_on            date          not null,
    supervisee_comments    varchar(6000),
    acknowledged_at        timestamp with time zone,
    recorded_by            bigint        not null references staff (id),
    recorded_at            timestamp with time zone not null,
    updated_at             timestamp with time zone,
    version                bigint        not null default 0,
    constraint ck_supervision_duration check (duration_minutes between 10 and 480)
);
create index ix_supervision_supervisee on supervision (supervisee_id, held_on);
create index ix_supervision_team on supervision (team_id, held_on);

create table supervision_action (
    supervision_id uuid         not null references supervision (id),
    position       integer      not null,
    description    varchar(500) not null,
    owner          varchar(200) not null,
    due_on         date         not null,
    primary key (supervision_id, position)
);

create table case_discussion (
    id             uuid          primary key,
    supervision_id uuid          not null references supervision (id),
    position       integer       not null,
    child_id       uuid          not null references child (id),
    -- the supervision's date, kept here so figures per child need no join
    held_on        date          not null,
    discussion     varchar(6000) not null,
    decision       varchar(6000) not null,
    rationale      varchar(6000) not null
);
create index ix_case_discussion_child on case_discussion (child_id, held_on);
create index ix_case_discussion_supervision on case_discussion (supervision_id);

create table case_discussion_action (
    case_discussion_id uuid         not null references case_discussion (id),
    position           integer      not null,
    description        varchar(500) not null,
    owner              varchar(200) not null,
    due_on             date         not null,
    primary key (case_discussion_id, position)
);

-- Corrections and later notes on an acknowledged (locked) record; append-only. With a case discussion named, the
-- addendum also shows on that child's record.
create table supervision_addendum (
    id                 uuid          primary key,
    supervision_id     uuid          not null references supervision (id),
    case_discussion_id uuid          references case_discussion (id),
    note               varchar(4000) not null,
    written_by         bigint        not null references staff (id),
    written_at         timestamp with time zone not null
);
create index ix_supervision_addendum_supervision on supervision_addendum (supervision_id);
create index ix_supervision_addendum_case on supervision_addendum (case_discussion_id);
