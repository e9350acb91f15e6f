package org.waypoint.children;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waypoint.common.Dates;

/** Every legal status recorded for the child, as it was recorded: a new order is a turning point in the story. */
@Component
class LegalStatusChronology implements ChronologySource {

    static final String KIND = "Legal status";

    private final JdbcClient jdbc;

    LegalStatusChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the status just recorded (null: taken off the record), in the caller's transaction. */
    void recorded(UUID childId, @Nullable LegalStatus status, Instant at, long by) {
        jdbc.sql("""
                        insert into child_legal_status_change (child_id, legal_status, changed_at, changed_by)
                        values (:childId, :status, :at, :by)""")
                .param("childId", childId).param("status", status == null ? null : status.name())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .update();
    }

    private record Row(@Nullable LegalStatus status, Instant at, String by) {
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<ChronologyEntry> entries(UUID childId, CaseScope scope) {
        List<Row> rows = jdbc.sql("""
                        select h.legal_status, h.changed_at, s.display_name
                        from child_legal_status_change h
                        join child c on c.id = h.child_id
                        join staff s on s.id = h.changed_by
                        where h.child_id = :childId
                          and (c.allocated_worker_id = :staffId or c.team_id in (:teamIds))
                        order by h.changed_at, h.id""")
                .param("childId", childId)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new Row(rs.getString("legal_status") == null ? null
                        : LegalStatus.valueOf(rs.getString("legal_status")),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("display_name")))
                .list();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String title = row.status() == null ? "Legal status taken off the record (not recorded)"
                    : (i == 0 ? "Legal status recorded: " : "Legal status changed to ") + row.status().label();
            entries.add(new ChronologyEntry(row.at().atZone(Dates.ZONE).toLocalDate(), row.at(), KIND, title, null,
                    row.by(), null));
        }
        return entries;
    }
}
