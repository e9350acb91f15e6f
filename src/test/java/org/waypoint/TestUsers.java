package org.waypoint;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a real account without a password check per request (bcrypt is slow on purpose). */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(UserDetailsService accounts, String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }
}
