package org.waypoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void anAccountIsLockedOnItsFifthFailureNotBefore() {
        assertThat(LoginThrottle.refuses(4, 0)).isFalse();
        assertThat(LoginThrottle.refuses(5, 0)).isTrue();
    }

    @Test
    void anAddressIsBlockedOnItsTwentiethFailureNotBefore() {
        assertThat(LoginThrottle.refuses(0, 19)).isFalse();
        assertThat(LoginThrottle.refuses(0, 20)).isTrue();
    }

    @Test
    void eitherLimitIsEnough() {
        assertThat(LoginThrottle.refuses(5, 20)).isTrue();
        assertThat(LoginThrottle.refuses(0, 0)).isFalse();
    }
}
