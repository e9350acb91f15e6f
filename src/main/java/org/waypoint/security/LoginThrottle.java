package org.waypoint.security;

import java.time.Duration;

/**
 * When sign-in is refused outright because of recent failures. A plain rule: after {@link #ACCOUNT_LIMIT} failures
 * for one username within {@link #WINDOW}, that account waits until the window has passed; after
 * {@link #ADDRESS_LIMIT} failures from one address (many usernames guessed), that address waits likewise. A
 * successful sign-in clears the account's count.
 */
public final class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;

    private LoginThrottle() {
    }

    /** @param accountFailures failures for the username within the window; addressFailures likewise for the address */
    public static boolean refuses(long accountFailures, long addressFailures) {
        return accountFailures >= ACCOUNT_LIMIT || addressFailures >= ADDRESS_LIMIT;
    }
}
