package dev.frontline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.security.persistence.ApiTokenRepository;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.text.Phrase;

/**
 * API tokens for scripted clients ({@code Authorization: Bearer flt_<8-char prefix>_<secret>}). Only a SHA-256 of a token is stored;
 * its 8-character prefix finds the row, so a check costs one indexed lookup and one hash. The secret is shown once, at
 * creation. A token acts with its owner's role.
 */
@Service
public class ApiTokenService {

    static final String SCHEME_PREFIX = "flt_";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PREFIX_LENGTH = 8;
    private static final int SECRET_LENGTH = 40;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;
    private final SignInRules rules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, UserAccountRepository accounts, SignInRules rules,
            Clock clock) {
        this.rules = rules;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list: never the secret. */
    public record TokenInfo(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

        public boolean active(OffsetDateTime now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** A new token with its secret, which is not stored and cannot be shown again. */
    public record NewToken(long id, String name, String token) {
    }

    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public NewToken create(String name, OffsetDateTime expiresAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new TokenRefusal(Phrase.of("tokens.error.name-missing"));
        }
        long userId = currentUser.require().userId();
        if (tokens.nameTaken(userId, trimmed)) {
            throw new TokenRefusal(Phrase.of("tokens.error.name-taken", trimmed));
        }
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now(clock))) {
            throw new TokenRefusal(Phrase.of("tokens.error.expiry-past"));
        }
        String prefix;
        do {
            prefix = randomText(PREFIX_LENGTH);
        } while (tokens.prefixTaken(prefix));
        String token = SCHEME_PREFIX + prefix + "_" + randomText(SECRET_LENGTH);
        long id = tokens.insert(userId, trimmed, prefix, sha256(token), expiresAt);
        return new NewToken(id, trimmed, token);
    }

    /** The signed-in user's tokens, newest first. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<TokenInfo> mine() {
        return tokens.ofUser(currentUser.require().userId());
    }

    /** Revokes one of the signed-in user's own tokens; revoking twice keeps the first time. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void revoke(long tokenId) {
        long userId = currentUser.require().userId();
        if (!tokens.revoke(userId, tokenId, OffsetDateTime.now(clock)) && !tokens.exists(userId, tokenId)) {
            throw new TokenRefusal(Phrase.of("tokens.error.unknown"));
        }
    }

    /**
     * The enabled user a presented token belongs to, when it is known, unrevoked and unexpired; records its use. Empty
     * for anything else, with no hint which check failed.
     */
    @Transactional
    public Optional<FrontlineUser> authenticate(String token) {
        if (token == null || !token.startsWith(SCHEME_PREFIX) || token.length() != SCHEME_PREFIX.length() + PREFIX_LENGTH + 1
                + SECRET_LENGTH) {
            return Optional.empty();
        }
        String prefix = token.substring(SCHEME_PREFIX.length(), SCHEME_PREFIX.length() + PREFIX_LENGTH);
        Optional<ApiTokenRepository.StoredToken> found = tokens.findByPrefix(prefix);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiTokenRepository.StoredToken stored = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean matches = MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                stored.sha256().getBytes(StandardCharsets.US_ASCII));
        if (!matches || stored.revokedAt() != null || (stored.expiresAt() != null && !stored.expiresAt().isAfter(now))) {
            return Optional.empty();
        }
        Optional<FrontlineUser> user = accounts.findById(stored.userId()).filter(rules::maySignIn)
                .map(rules::principal);
        if (user.isPresent()) {
            tokens.markUsed(stored.id(), now);
        }
        return user;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
