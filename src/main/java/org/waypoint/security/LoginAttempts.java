package org.waypoint.security;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed sign-ins in the database (so every application node sees them) and refuses sign-in while
 * {@link LoginThrottle} says so. Logs usernames and addresses, never passwords.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Throws before the password is even checked while the account or the address is locked out. */
    void checkAllowed(String username) {
        Instant since = Instant.now(clock).minus(LoginThrottle.WINDOW);
        long forAccount = count("username", normalise(username), since);
        long forAddress = count("address", currentAddress(), since);
        if (LoginThrottle.refuses(forAccount, forAddress)) {
            log.warn("Sign-in refused while locked out: username '{}' from {}", normalise(username), currentAddress());
            throw new LockedException("Too many failed sign-ins; try again later");
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = normalise(event.getAuthentication().getName());
        log.info("Failed sign-in for '{}' from {}", username, currentAddress());
        jdbc.sql("insert into login_failure (username, address, at) values (:username, :address, :at)")
                .param("username", username.length() > 100 ? username.substring(0, 100) : username)
                .param("address", currentAddress())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where username = :username")
                .param("username", normalise(event.getAuthentication().getName()))
                .update();
    }

    /** Old failures say nothing any more. One node of several does it each hour (the others find the lock taken). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "forget-old-login-failures", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    void forgetOldFailures() {
        jdbc.sql("delete from login_failure where at < :before")
                .param("before", Timestamp.from(Instant.now(clock).minus(LoginThrottle.WINDOW.multipliedBy(4))))
                .update();
    }

    private long count(String column, String value, Instant since) {
        return jdbc.sql("select count(*) from login_failure where " + column + " = :value and at >= :since")
                .param("value", value)
                .param("since", Timestamp.from(since))
                .query(Long.class).single();
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }
}
