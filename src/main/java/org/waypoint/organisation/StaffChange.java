package org.waypoint.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

/**
 * An administrator's edit of an account; {@code version} is the one the editor started from, and a
 * {@code newPassword} replaces the password when given.
 */
public record StaffChange(long version, @Nullable String displayName, @Nullable Role role, @Nullable Long teamId,
                          @Nullable Set<Long> serviceAreaIds, @Nullable BigDecimal fte,
                          @Nullable LocalDate qualifiedOn, boolean active, @Nullable String newPassword) {
}
