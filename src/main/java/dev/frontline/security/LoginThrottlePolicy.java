package dev.frontline.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of login throttling, as plain arithmetic over one counter (the database work is {@link LoginThrottle}'s).
 * A pair (username + address) locks after {@code pairFailures} wrong passwords within {@code window}, an address after
 * {@code addressFailures} over any usernames; a lock lasts {@code lockBase} × 2<sup>lockouts in a row</sup>, at most
 * {@code lockCap}, and the count of lockouts in a row is forgotten after {@code quietReset} without a failure. An
 * account never locks: once it has {@code accountSlowAfter} failures within the window from all addresses, addresses
 * that have not signed in to it within {@code knownAddressMemory} get one attempt per {@code accountSlowInterval}.
 */
public record LoginThrottlePolicy(int pairFailures, int addressFailures, int accountSlowAfter, Duration window,
        Duration lockBase, Duration lockCap, Duration quietReset, Duration accountSlowInterval,
        Duration knownAddressMemory) {

    public LoginThrottlePolicy {
        if (pairFailures < 1 || addressFailures < 1 || accountSlowAfter < 1) {
            throw new IllegalArgumentException("login throttle failure limits must be at least 1");
        }
        if (window.isNegative() || window.isZero() || lockBase.isNegative() || lockBase.isZero()
                || lockCap.compareTo(lockBase) < 0) {
            throw new IllegalArgumentException("login throttle window and lock times must be positive, cap ≥ base");
        }
    }

    /** The defaults: 10 per pair, 50 per address, slow an account after 50, 15-minute window, 1 → 15-minute locks. */
    public static LoginThrottlePolicy defaults() {
        return new LoginThrottlePolicy(10, 50, 50, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofSeconds(5), Duration.ofDays(30));
    }

    /** The counter after one more wrong password at {@code now}; {@code limit} is null for a counter that never locks. */
    public ThrottleCounter afterFailure(ThrottleCounter counter, Integer limit, Instant now) {
        int lockouts = counter.lockouts();
        if (counter.lastFailure() != null && Duration.between(counter.lastFailure(), now).compareTo(quietReset) > 0) {
            lockouts = 0;
        }
        boolean windowOver = !now.isBefore(counter.windowStart().plus(window));
        int failures = (windowOver ? 0 : counter.failures()) + 1;
        Instant windowStart = windowOver ? now : counter.windowStart();
        Instant lockedUntil = counter.lockedUntil();
        if (limit != null && failures >= limit) {
            lockedUntil = now.plus(lockLength(lockouts));
            lockouts++;
            failures = 0;
            windowStart = now;
        }
        return new ThrottleCounter(counter.scope(), counter.key(), failures, windowStart, lockouts, lockedUntil, now,
                counter.lastSuccess(), counter.nextAttemptAt());
    }

    /** How long the lock after {@code lockoutsInARow} earlier lockouts lasts: doubling from the base up to the cap. */
    public Duration lockLength(int lockoutsInARow) {
        Duration length = lockBase;
        for (int i = 0; i < lockoutsInARow && length.compareTo(lockCap) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(lockCap) > 0 ? lockCap : length;
    }

    /** Whether an account's failures in the current window make sign-ins from unknown addresses wait their turn. */
    public boolean accountUnderAttack(ThrottleCounter account, Instant now) {
        return account != null && now.isBefore(account.windowStart().plus(window))
                && account.failures() >= accountSlowAfter;
    }

    /** Whether this username signed in from this address recently enough for the address to count as known. */
    public boolean knownAddress(ThrottleCounter pair, Instant now) {
        return pair != null && pair.lastSuccess() != null
                && Duration.between(pair.lastSuccess(), now).compareTo(knownAddressMemory) < 0;
    }
}
