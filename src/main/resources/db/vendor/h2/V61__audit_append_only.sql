-- The audit trail is append-only. H2 (the embedded demo database) has no SQL triggers, so here only the code
-- guarantees it: there is no update or delete path. PostgreSQL also refuses one (db/vendor/postgresql).
comment on table audit_entry is 'Append-only record of who read or changed which child''s record';
