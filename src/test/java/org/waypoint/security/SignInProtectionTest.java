package org.waypoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.waypoint.IntegrationTest;
import org.waypoint.TestCouncil;
import org.waypoint.TestUsers;

/** Guessing passwords gets slow, disabled accounts are signed out everywhere, and every page is hardened. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInProtectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCouncil council;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        TestCouncil.Unit unit = council.unit();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), "wrong guess " + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD)))
                .andExpect(status().isUnauthorized());
        // A colleague on the same machine is not locked out by someone else's account.
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.otherWorker(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk());

        // Fifteen minutes later the failures no longer count.
        jdbc.update("update login_failure set at = ? where username = ?",
                Timestamp.from(Instant.now().minus(16, ChronoUnit.MINUTES)), unit.worker());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void passwordsNeverReachTheLog(CapturedOutput output) throws Exception {
        TestCouncil.Unit unit = council.unit();
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), "my-secret-guess-4711"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("no.such.person", "another-secret-0815"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD))).andExpect(status().isOk());

        assertThat(output.getAll()).contains("Failed sign-in for '" + unit.worker() + "'")
                .doesNotContain("my-secret-guess-4711", "another-secret-0815", TestCouncil.PASSWORD);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        TestCouncil.Unit unit = council.unit();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void manyUsernamesGuessedFromOneAddressBlockThatAddress() throws Exception {
        jdbc.update("delete from login_failure");
        TestCouncil.Unit unit = council.unit();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + i, "guess")).with(request -> {
                request.setRemoteAddr("203.0.113.9");
                return request;
            })).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD)).with(request -> {
            request.setRemoteAddr("203.0.113.9");
            return request;
        })).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk());
        jdbc.update("delete from login_failure where address = '203.0.113.9'");
    }

    @Test
    void anAccountDisabledByAnAdministratorIsSignedOutOnItsNextRequest() throws Exception {
        TestCouncil.Unit unit = council.unit();
        var signedIn = TestUsers.as(accounts, unit.worker());
        mvc.perform(get("/api/v1/me").with(signedIn)).andExpect(status().isOk());

        jdbc.update("update staff set active = false where username = ?", unit.worker());

        mvc.perform(get("/api/v1/me").with(signedIn)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(unit.worker(), TestCouncil.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() throws Exception {
        // The pages' headers are checked in the browser (LoginE2E); MockMvc has no Vaadin servlet.
        mvc.perform(get("/api/v1/me"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
