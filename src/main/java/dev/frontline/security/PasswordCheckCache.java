package dev.frontline.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.frontline.security.persistence.UserAccountRepository;

/**
 * Remembers, for a short while, that a username and password were right, so that an API client sending basic auth
 * with every request pays bcrypt once per {@code frontline.security.password-cache-ttl} instead of on every request.
 * <p>
 * The key is an HMAC-SHA-256 of the username and password under a random key that lives only in this process, so
 * neither the password nor anything an attacker could test guesses against offline is kept. An entry holds the user's
 * id and the password hash it was checked against; a hit reads the account again (one indexed row, as a bearer token
 * costs) and counts only while the account is enabled and still has that hash, so a changed password or a disabled
 * account stops working at once, on every node, without any message between nodes.
 */
@Component
class PasswordCheckCache {

    private record Entry(long userId, String passwordHash, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final UserAccountRepository accounts;
    private final SignInRules signInRules;
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final SecretKeySpec key;

    PasswordCheckCache(UserAccountRepository accounts, SignInRules signInRules, Clock clock,
                       @Value("${frontline.security.password-cache-ttl:5m}") Duration ttl,
                       @Value("${frontline.security.password-cache-size:10000}") int maxEntries) {
        this.accounts = accounts;
        this.signInRules = signInRules;
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The user these credentials were recently found right for, if they still are; empty otherwise. */
    Optional<FrontlineUser> find(String username, String password) {
        if (ttl.isZero() || username == null || password == null) {
            return Optional.empty();
        }
        String mac = mac(username, password);
        Entry entry = entries.get(mac);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(clock.instant())) {
            entries.remove(mac, entry);
            return Optional.empty();
        }
        Optional<FrontlineUser> user = accounts.findById(entry.userId())
                .filter(signInRules::maySignIn)
                .filter(account -> java.util.Objects.equals(account.passwordHash(), entry.passwordHash()))
                .map(account -> new FrontlineUser(account, true));
        if (user.isEmpty()) {
            entries.remove(mac, entry);
        }
        return user;
    }

    /** Remembers credentials that were just checked against {@code user}'s password hash. */
    void remember(String username, String password, FrontlineUser user) {
        if (ttl.isZero() || username == null || password == null || user.getPassword() == null) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !entry.expires().isAfter(now));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(mac(username, password), new Entry(user.userId(), user.getPassword(), now.plus(ttl)));
    }

    int size() {
        return entries.size();
    }

    private String mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
