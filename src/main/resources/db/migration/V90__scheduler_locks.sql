-- One row per scheduled job: the node that holds it and until when, so that a job runs on one node at a time
-- (ShedLock's JDBC table; see docs/decisions/0090-two-nodes.md).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
