package org.waypoint.organisation;

import org.jspecify.annotations.Nullable;
import org.waypoint.security.Role;

public record StaffFilter(@Nullable String search, @Nullable Role role, @Nullable Long teamId, boolean activeOnly) {

    public static StaffFilter all() {
        return new StaffFilter(null, null, null, false);
    }
}
