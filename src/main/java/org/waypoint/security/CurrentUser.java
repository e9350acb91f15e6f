package org.waypoint.security;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in member of staff, as every service sees them. Built from the staff record at sign-in.
 *
 * @param teamId the team of a social worker, personal adviser or team manager
 * @param serviceAreaIds the service areas of a head of service
 */
public record CurrentUser(long staffId, String username, String displayName, Role role, @Nullable Long teamId,
                          Set<Long> serviceAreaIds) {

    public CurrentUser {
        serviceAreaIds = Set.copyOf(serviceAreaIds);
    }

    /** The signed-in user; services call this, so a request without one is refused before any data is read. */
    public static CurrentUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public boolean is(Role other) {
        return role == other;
    }
}
