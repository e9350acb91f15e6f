package org.waypoint.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.ChronologyEntry;
import org.waypoint.common.Dates;

/**
 * A plan version's events on the child's chronology: written, sent to the manager, and each decision with its
 * rationale (seed 000: management decisions with rationale on the child's record). Plans and pathway plans share it.
 *
 * <p>Rows come from one query per child: a version's columns, left-joined to its decisions (one row per decision).
 * {@link #SELECT} names the columns {@link #row(ResultSet)} reads.
 */
public final class VersionHistory {

    /** The columns, for a query over {@code v} (versions), {@code a} (author), {@code d} (decisions), {@code m} (manager). */
    public static final String SELECT = """
            v.id as version_id, v.version_number, v.created_at, a.display_name as author, v.submitted_at,
            d.decision, d.rationale, m.display_name as decided_by, d.decided_at""";

    private VersionHistory() {
    }

    public record Row(UUID versionId, int number, Instant writtenAt, String author, @Nullable Instant submittedAt,
                      @Nullable String decision, @Nullable String rationale, @Nullable String decidedBy,
                      @Nullable Instant decidedAt) {
    }

    public static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("version_id", UUID.class), rs.getInt("version_number"),
                instant(rs, "created_at"), rs.getString("author"), instant(rs, "submitted_at"),
                rs.getString("decision"), rs.getString("rationale"), rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    /**
     * @param kind what the chronology filters on ("Child in need plan")
     * @param link the app path of a version, given its id
     */
    public static List<ChronologyEntry> entries(List<Row> rows, String kind, Function<UUID, String> link) {
        List<ChronologyEntry> entries = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Row row : rows) {
            String path = link.apply(row.versionId());
            if (seen.add(row.versionId())) {
                entries.add(entry(row.writtenAt(), kind, "Version " + row.number() + " written", null, row.author(), path));
                if (row.submittedAt() != null) {
                    entries.add(entry(row.submittedAt(), kind, "Version " + row.number() + " sent for approval", null,
                            row.author(), path));
                }
            }
            if (row.decision() != null && row.decidedAt() != null) {
                String title = "Version " + row.number()
                        + (row.decision().equals("APPROVED") ? " approved" : " returned to the author");
                entries.add(entry(row.decidedAt(), kind, title, "Why: " + row.rationale(), row.decidedBy(), path));
            }
        }
        return entries;
    }

    private static ChronologyEntry entry(Instant at, String kind, String title, @Nullable String detail,
                                         @Nullable String by, String link) {
        return new ChronologyEntry(at.atZone(Dates.ZONE).toLocalDate(), at, kind, title, detail, by, link);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
