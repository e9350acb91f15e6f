package org.waypoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A scheduled job runs on one node: while another node holds its lock row in the shared database, this one skips. */
abstract class OnceAcrossNodesContract {

    private static final String JOB = "forget-old-login-failures";

    @Autowired
    LoginAttempts attempts;
    @Autowired
    JdbcTemplate jdbc;

    // Lock rows are released by moving their expiry back, never deleted: ShedLock remembers which rows exist.
    @AfterEach
    void releaseTheLock() {
        release();
        jdbc.update("delete from login_failure where username = 'once-across-nodes'");
    }

    @Test
    void theCleanUpSkipsWhileAnotherNodeHoldsItsLockAndTakesTheLockWhenFree() {
        // The first run creates the lock row (ShedLock's own insert, so no race with a scheduled run here).
        attempts.forgetOldFailures();
        release();
        oldFailure();
        jdbc.update("""
                update shedlock set lock_until = current_timestamp + interval '10' minute, locked_by = 'the-other-node'
                where name = ?""", JOB);

        attempts.forgetOldFailures();
        assertThat(oldFailures()).isEqualTo(1);

        release();
        attempts.forgetOldFailures();
        assertThat(oldFailures()).isZero();
        // Held for at least five minutes after it ran, so a second node waking just after does not run it again.
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, JOB))
                .isNotEqualTo("the-other-node");
        oldFailure();
        attempts.forgetOldFailures();
        assertThat(oldFailures()).isEqualTo(1);
    }

    private void release() {
        jdbc.update("update shedlock set lock_until = current_timestamp - interval '1' minute where name = ?", JOB);
    }

    private void oldFailure() {
        jdbc.update("insert into login_failure (username, address, at) values ('once-across-nodes', '10.0.0.9', ?)",
                Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    }

    private long oldFailures() {
        return jdbc.queryForObject("select count(*) from login_failure where username = 'once-across-nodes'",
                Long.class);
    }
}
