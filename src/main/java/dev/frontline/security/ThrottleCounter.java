package dev.frontline.security;

import java.time.Instant;

/**
 * One row of {@code login_throttle}: the wrong passwords of one scope and key (a username + address pair, an
 * address, or a username) in the current window, and the lockout they led to.
 */
public record ThrottleCounter(Scope scope, String key, int failures, Instant windowStart, int lockouts,
        Instant lockedUntil, Instant lastFailure, Instant lastSuccess, Instant nextAttemptAt) {

    /** What a counter counts. Only {@code PAIR} and {@code ADDRESS} ever lock; {@code ACCOUNT} only slows. */
    public enum Scope {
        PAIR, ADDRESS, ACCOUNT
    }

    public static ThrottleCounter fresh(Scope scope, String key, Instant now) {
        return new ThrottleCounter(scope, key, 0, now, 0, null, null, null, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
