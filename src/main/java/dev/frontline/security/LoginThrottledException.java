package dev.frontline.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked, because too many wrong passwords came before it. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before the next attempt; at least one second. */
    public Duration retryAfter() {
        return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, as {@code Retry-After} wants it. */
    public long retryAfterSeconds() {
        Duration wait = retryAfter();
        return wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    }
}
