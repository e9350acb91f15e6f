package org.waypoint.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

public record StaffSummary(long id, String username, String displayName, Role role, @Nullable Long teamId,
                           @Nullable String teamName, Set<Long> serviceAreaIds, BigDecimal fte,
                           @Nullable LocalDate qualifiedOn, boolean active, long version) {
}
