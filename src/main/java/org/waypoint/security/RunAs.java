package org.waypoint.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named member of staff, through the same services and rules as a signed-in request. Used where
 * no person is at a screen: generating demo data, and tests.
 */
@Component
public class RunAs {

    private final UserDetailsService accounts;

    RunAs(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T user(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails details = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
