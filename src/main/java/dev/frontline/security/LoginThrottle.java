package dev.frontline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.security.ThrottleCounter.Scope;
import dev.frontline.security.persistence.LoginThrottleRepository;

/**
 * Login throttling for the sign-in form and the API's basic auth alike, counted in PostgreSQL so every node sees the
 * same attempts. {@link #refusal} is asked before a password is checked, {@link #failed} and {@link #succeeded}
 * after; the rules are {@link LoginThrottlePolicy}'s and docs/security.md explains why they cannot lock an account's
 * owner out for good.
 */
@Service
public class LoginThrottle {

    private static final int MAX_USERNAME = 200;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final LoginThrottleRepository counters;
    private final LoginThrottlePolicy policy;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(LoginThrottleRepository counters, Clock clock,
                  @Value("${frontline.login-throttle.pair-failures:10}") int pairFailures,
                  @Value("${frontline.login-throttle.address-failures:50}") int addressFailures,
                  @Value("${frontline.login-throttle.account-slow-after:50}") int accountSlowAfter,
                  @Value("${frontline.login-throttle.window:15m}") Duration window,
                  @Value("${frontline.login-throttle.lock-base:1m}") Duration lockBase,
                  @Value("${frontline.login-throttle.lock-cap:15m}") Duration lockCap) {
        this.counters = counters;
        this.clock = clock;
        LoginThrottlePolicy defaults = LoginThrottlePolicy.defaults();
        this.policy = new LoginThrottlePolicy(pairFailures, addressFailures, accountSlowAfter, window, lockBase, lockCap,
                defaults.quietReset(), defaults.accountSlowInterval(), defaults.knownAddressMemory());
    }

    public LoginThrottlePolicy policy() {
        return policy;
    }

    /**
     * How long a sign-in of {@code username} from {@code address} must wait before its password may be checked, or
     * empty when it may be checked now. Taking an account's turn (when it is under attack) is itself a write.
     */
    @Transactional
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        String account = account(username);
        String from = address(address);
        List<ThrottleCounter> found = counters.find(List.of(
                ThrottleCounter.fresh(Scope.PAIR, pair(account, from), now),
                ThrottleCounter.fresh(Scope.ADDRESS, from, now),
                ThrottleCounter.fresh(Scope.ACCOUNT, account, now)));
        ThrottleCounter pairCounter = of(found, Scope.PAIR);
        ThrottleCounter addressCounter = of(found, Scope.ADDRESS);
        ThrottleCounter accountCounter = of(found, Scope.ACCOUNT);
        Instant lockedUntil = null;
        for (ThrottleCounter counter : new ThrottleCounter[] {pairCounter, addressCounter}) {
            if (counter != null && counter.lockedAt(now)
                    && (lockedUntil == null || counter.lockedUntil().isAfter(lockedUntil))) {
                lockedUntil = counter.lockedUntil();
            }
        }
        if (lockedUntil != null) {
            return Optional.of(Duration.between(now, lockedUntil));
        }
        if (policy.accountUnderAttack(accountCounter, now) && !policy.knownAddress(pairCounter, now)
                && !counters.takeTurn(account, now, now.plus(policy.accountSlowInterval()))) {
            Instant next = accountCounter.nextAttemptAt();
            return Optional.of(next == null || !next.isAfter(now) ? policy.accountSlowInterval() : Duration.between(now, next));
        }
        return Optional.empty();
    }

    /** Counts one wrong password (or unknown username) from an address. */
    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        String account = account(username);
        String from = address(address);
        // always in this order (PAIR, ADDRESS, ACCOUNT), so concurrent failures never wait on each other in a cycle
        counters.save(policy.afterFailure(counters.lock(Scope.PAIR, pair(account, from), now), policy.pairFailures(), now));
        counters.save(policy.afterFailure(counters.lock(Scope.ADDRESS, from, now), policy.addressFailures(), now));
        counters.save(policy.afterFailure(counters.lock(Scope.ACCOUNT, account, now), null, now));
        purgeNowAndThen(now);
    }

    /** A right password: the pair's failures and lockouts are forgotten, and the address is known to the account. */
    @Transactional
    public void succeeded(String username, String address) {
        counters.succeeded(pair(account(username), address(address)), clock.instant());
    }

    /** Forgets the counters of a username, e.g. after an administrator reset its password. */
    @Transactional
    public void forget(String username) {
        counters.forgetUsername(account(username));
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (Duration.between(last, now).compareTo(PURGE_EVERY) > 0 && lastPurge.compareAndSet(last, now)) {
            counters.purge(now.minus(policy.quietReset()), now.minus(policy.knownAddressMemory()));
        }
    }

    private static ThrottleCounter of(List<ThrottleCounter> counters, Scope scope) {
        return counters.stream().filter(c -> c.scope() == scope).findFirst().orElse(null);
    }

    static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        name = name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
        return name.isEmpty() ? "(empty)" : name;
    }

    static String address(String address) {
        return address == null || address.isBlank() ? "(unknown)" : address.strip();
    }

    static String pair(String account, String address) {
        return account + " " + address;
    }
}
