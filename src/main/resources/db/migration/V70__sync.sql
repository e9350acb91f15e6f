-- Offline sync: every mutation a device sent, with what came of it. The primary key on the client's mutation id
-- makes a replay recognisable on any node, even when two nodes receive the same retry at once.
create table sync_mutation (
    mutation_id   uuid         primary key,
    device_id     varchar(100) not null,
    staff_id      bigint       not null,
    mutation_type varchar(40)  not null,
    entity_id     uuid         not null,
    outcome       varchar(10)  not null,
    reason        varchar(1000),
    version       bigint,
    conflict_id   uuid,
    processed_at  timestamp with time zone not null,
    constraint ck_sync_mutation_outcome check (outcome in ('APPLIED', 'CONFLICT', 'REJECTED'))
);

-- An offline edit made on a version someone else changed meanwhile: kept beside the newer version, never applied
-- over it, until the practitioner chooses or merges.
create table sync_conflict (
    id             uuid         primary key,
    mutation_id    uuid         not null references sync_mutation (mutation_id),
    staff_id       bigint       not null,
    child_id       uuid         not null,
    mutation_type  varchar(40)  not null,
    entity_id      uuid         not null,
    base_version   bigint,
    server_version bigint,
    payload        text         not null,
    reason         varchar(1000) not null,
    created_at     timestamp with time zone not null,
    resolved_at    timestamp with time zone,
    resolved_by    bigint,
    resolution     varchar(20),
    constraint ck_sync_conflict_resolution check (resolution in ('KEPT_SERVER', 'USED_MINE'))
);

create index ix_sync_conflict_staff on sync_conflict (staff_id, resolved_at);
create index ix_sync_conflict_child on sync_conflict (child_id, resolved_at);
