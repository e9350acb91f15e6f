package org.waypoint.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Narrows the audit trail: by child, by member of staff (username), between two days inclusive. */
public record AuditFilter(@Nullable UUID childId, @Nullable String username, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
