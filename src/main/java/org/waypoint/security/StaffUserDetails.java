package org.waypoint.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a staff account; the password hash is dropped once sign-in succeeds. */
final class StaffUserDetails implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean active;
    private @Nullable String passwordHash;

    StaffUserDetails(CurrentUser user, String passwordHash, boolean active) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Sessions are indexed by principal (logout everywhere, concurrent session control): equal when the same account.
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUserDetails that && that.user.staffId() == user.staffId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.staffId());
    }

    @Override
    public String toString() {
        return "StaffUserDetails[" + user.username() + "]";
    }
}
