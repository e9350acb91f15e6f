package org.waypoint.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

/** A new account. Fields are nullable because they arrive from forms and JSON; the service says what is missing. */
public record NewStaff(@Nullable String username, @Nullable String displayName, @Nullable String password,
                       @Nullable Role role, @Nullable Long teamId, @Nullable Set<Long> serviceAreaIds,
                       @Nullable BigDecimal fte, @Nullable LocalDate qualifiedOn) {
}
