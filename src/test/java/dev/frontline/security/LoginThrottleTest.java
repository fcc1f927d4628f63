package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.security.persistence.LoginThrottleRepository;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Issue 20's finding "100 wrong passwords, then the right one worked": the throttle's rules over the real shared
 * table, with a clock the test moves. Each test uses its own usernames and addresses.
 */
@FrontlineIntegrationTest
class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    LoginThrottleRepository counters;

    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;
    private String user;
    private String prefix;

    @BeforeEach
    void freshThrottle() {
        LoginThrottlePolicy defaults = LoginThrottlePolicy.defaults();
        throttle = new LoginThrottle(counters, clock, defaults.pairFailures(), defaults.addressFailures(),
                defaults.accountSlowAfter(), defaults.window(), defaults.lockBase(), defaults.lockCap());
        long unique = System.nanoTime();
        user = "throttle." + unique;
        prefix = "198.51." + (unique % 200) + "." + (unique / 200 % 200) + ":";
    }

    private String address(int n) {
        return prefix + n;
    }

    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.refusal(username, address)).as("attempt %d is checked", i + 1).isEmpty();
            throttle.failed(username, address);
        }
    }

    @Test
    void tenWrongPasswordsLockThePairForAMinuteButNotTheSameUserElsewhere() {
        fail(10, user, address(1));

        Optional<Duration> wait = throttle.refusal(user, address(1));
        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.refusal(user.toUpperCase(), address(1))).as("usernames are not case-sensitive").isPresent();
        assertThat(throttle.refusal(user, address(2))).as("the owner at another address").isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refusal(user, address(1))).as("the lock ends by itself").isEmpty();
    }

    @Test
    void lockoutsInARowDoubleUpToTheCapAndAlwaysEnd() {
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(15), Duration.ofMinutes(15)};
        for (Duration lock : expected) {
            fail(10, user, address(1));
            assertThat(throttle.refusal(user, address(1))).hasValue(lock);
            clock.advance(lock);
            assertThat(throttle.refusal(user, address(1))).as("after %s", lock).isEmpty();
        }
        // a quiet day forgets the lockouts in a row
        clock.advance(Duration.ofHours(25));
        fail(10, user, address(1));
        assertThat(throttle.refusal(user, address(1))).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void theRightPasswordForgetsThePairsFailures() {
        fail(9, user, address(1));
        throttle.succeeded(user, address(1));
        fail(9, user, address(1));
        assertThat(throttle.refusal(user, address(1))).isEmpty();
    }

    @Test
    void oneAddressGuessingManyUsernamesIsLockedAsAnAddress() {
        for (int i = 0; i < 50; i++) {
            fail(1, user + "." + i, address(1));
        }
        assertThat(throttle.refusal("someone.else." + user, address(1))).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.refusal("someone.else." + user, address(2))).isEmpty();
    }

    @Test
    void manyAddressesGuessingOneAccountOnlySlowUnknownAddressesAndNeverTheOwnersOwn() {
        throttle.succeeded(user, address(0));
        for (int i = 1; i <= 50; i++) {
            fail(1, user, address(i));
        }

        // an address that never signed in to this account gets one attempt per five seconds
        assertThat(throttle.refusal(user, address(99))).isEmpty();
        assertThat(throttle.refusal(user, address(98))).hasValueSatisfying(
                d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5)));
        // the owner's usual address signs in at once, however long the attack goes on
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.refusal(user, address(0))).isEmpty();
        }
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.refusal(user, address(98))).isEmpty();

        // when the attack stops, the window passes and nobody waits
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refusal(user, address(97))).isEmpty();
        assertThat(throttle.refusal(user, address(96))).isEmpty();
    }

    @Test
    void thePolicyRefusesLimitsThatCouldNeverUnlock() {
        LoginThrottlePolicy policy = LoginThrottlePolicy.defaults();
        assertThat(policy.lockLength(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.lockLength(1_000)).isEqualTo(Duration.ofMinutes(15));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LoginThrottlePolicy(10, 50, 50,
                        Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofHours(24),
                        Duration.ofSeconds(5), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
