package org.waypoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problemWith("river lantern copper seven", "sw")).isEmpty();
    }

    @Test
    void acceptsExactlyTwelveCharacters() {
        assertThat(PasswordPolicy.problemWith("kx7-river-q2", "sw")).isEmpty();
    }

    @Test
    void refusesElevenCharacters() {
        assertThat(PasswordPolicy.problemWith("kx7-river-q", "sw")).contains("Password must be at least 12 characters");
    }

    @Test
    void refusesTheDemoPassword() {
        assertThat(PasswordPolicy.problemWith("demo", "sw")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiop123", "aaaaaaaaaaaa", "abababababab"})
    void refusesCommonOrRepetitivePasswords(String password) {
        assertThat(PasswordPolicy.problemWith(password, "sw")).isPresent();
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertThat(PasswordPolicy.problemWith("tessa.morgan-2026!", "tessa.morgan")).isPresent();
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.problemWith("x".repeat(60) + "river lantern" + "y".repeat(60), "sw"))
                .contains("Password must be at most 128 characters");
    }
}
