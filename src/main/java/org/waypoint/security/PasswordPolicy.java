package org.waypoint.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NCSC-style password rule: long rather than complex (at least 12 characters), and not one of the passwords
 * attackers try first. Returns the reason a password is refused, in words for the person choosing it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Password must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password is too easy to guess: choose a few unrelated words");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("Password is too easy to guess: choose a few unrelated words");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("common-passwords.txt")),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
