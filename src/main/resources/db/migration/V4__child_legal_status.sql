-- The child's legal status (the order or agreement in force); null until someone records it.

alter table child add column legal_status varchar(30);
alter table child add constraint ck_child_legal_status check (legal_status in ('SECTION_20', 'POLICE_PROTECTION',
    'EMERGENCY_PROTECTION_ORDER', 'INTERIM_CARE_ORDER', 'FULL_CARE_ORDER', 'PLACEMENT_ORDER', 'REMAND',
    'CHILD_PROTECTION_PLAN', 'CHILD_IN_NEED', 'LEFT_CARE'));
