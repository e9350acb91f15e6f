package org.waypoint.security;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Username and password sign-in (form and HTTP Basic) that first asks {@link LoginAttempts} whether to try at all. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(UserDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        attempts.checkAllowed(authentication.getName());
        return super.authenticate(authentication);
    }
}
