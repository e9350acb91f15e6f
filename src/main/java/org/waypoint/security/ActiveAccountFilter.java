package org.waypoint.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account an administrator has disabled, on its next request, on whichever node it lands:
 * "log out everywhere" without a shared session registry. One indexed lookup per request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy contexts;

    ActiveAccountFilter(JdbcClient jdbc, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUserDetails details) {
            Optional<Boolean> active = jdbc.sql("select active from staff where id = :id")
                    .param("id", details.user().staffId()).query(Boolean.class).optional();
            if (!active.orElse(false)) {
                contexts.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
