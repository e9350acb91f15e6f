package org.waypoint.children;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waypoint.common.Dates;

/** The case opening and every change of who holds the case, from the allocation history. */
@Component
class AllocationChronology implements ChronologySource {

    static final String KIND = "Allocation";

    private final JdbcClient jdbc;

    AllocationChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(LocalDate from, Instant changedAt, long teamId, String teamName, @Nullable Long workerId,
                       @Nullable String workerName, @Nullable String changedBy) {
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<ChronologyEntry> entries(UUID childId, CaseScope scope) {
        List<Row> rows = jdbc.sql("""
                        select a.valid_from, a.changed_at, a.team_id, t.name as team_name, a.worker_id,
                               w.display_name as worker_name, b.display_name as changed_by
                        from child_allocation a
                        join child c on c.id = a.child_id
                        join team t on t.id = a.team_id
                        left join staff w on w.id = a.worker_id
                        left join staff b on b.id = a.changed_by
                        where a.child_id = :childId
                          and (c.allocated_worker_id = :staffId or c.team_id in (:teamIds))
                        order by a.valid_from, a.id""")
                .param("childId", childId)
                .param("staffId", scope.staffId()).param("teamIds", scope.teamIdsForQuery())
                .query((rs, n) -> new Row(rs.getObject("valid_from", LocalDate.class), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("team_id"), rs.getString("team_name"),
                        rs.getObject("worker_id") == null ? null : rs.getLong("worker_id"),
                        rs.getString("worker_name"), rs.getString("changed_by")))
                .list();
        List<ChronologyEntry> entries = new ArrayList<>();
        Row previous = null;
        for (Row row : rows) {
            String holder = row.workerName() == null ? "not allocated to a worker" : "allocated to " + row.workerName();
            String title;
            if (previous == null) {
                title = "Case opened in " + row.teamName() + ", " + holder;
            } else if (previous.teamId() != row.teamId()) {
                title = "Moved to " + row.teamName() + ", " + holder;
            } else if (Objects.equals(previous.workerId(), row.workerId())) {
                previous = row;
                continue;
            } else {
                title = row.workerName() == null ? "No longer allocated to " + previous.workerName()
                        : "Allocated to " + row.workerName();
            }
            // Back-dated changes (an allocation from last Monday) have a day only.
            Instant at = row.changedAt();
            entries.add(new ChronologyEntry(row.from(), at.atZone(Dates.ZONE).toLocalDate().equals(row.from()) ? at : null,
                    KIND, title, null, row.changedBy(), null));
            previous = row;
        }
        return entries;
    }
}
