package dev.frontline.security;

import static dev.frontline.db.Tables.API_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final DSLContext ctx;
    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(DSLContext ctx, CurrentUser currentUser, UserAccountRepository accounts, Clock clock) {
        this.ctx = ctx;
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
            throw new IllegalArgumentException("A token needs a name.");
        }
        long userId = currentUser.require().userId();
        if (ctx.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(userId).and(API_TOKEN.NAME.eq(trimmed)))) {
            throw new IllegalArgumentException("You already have a token named '" + trimmed + "'.");
        }
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now(clock))) {
            throw new IllegalArgumentException("The expiry must be in the future.");
        }
        String prefix;
        do {
            prefix = randomText(PREFIX_LENGTH);
        } while (ctx.fetchExists(API_TOKEN, API_TOKEN.TOKEN_PREFIX.eq(prefix)));
        String token = SCHEME_PREFIX + prefix + "_" + randomText(SECRET_LENGTH);
        long id = ctx.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, trimmed)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.TOKEN_SHA256, sha256(token))
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returning(API_TOKEN.ID)
                .fetchSingle(API_TOKEN.ID);
        return new NewToken(id, trimmed, token);
    }

    /** The signed-in user's tokens, newest first. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<TokenInfo> mine() {
        return ctx.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX, API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT,
                        API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(currentUser.require().userId()))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(Records.mapping(TokenInfo::new));
    }

    /** Revokes one of the signed-in user's own tokens; revoking twice keeps the first time. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void revoke(long tokenId) {
        int updated = ctx.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, OffsetDateTime.now(clock))
                .where(API_TOKEN.ID.eq(tokenId))
                .and(API_TOKEN.USER_ID.eq(currentUser.require().userId()))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute();
        if (updated == 0 && !ctx.fetchExists(API_TOKEN, API_TOKEN.ID.eq(tokenId)
                .and(API_TOKEN.USER_ID.eq(currentUser.require().userId())))) {
            throw new IllegalArgumentException("No such token.");
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
        var row = ctx.select(API_TOKEN.ID, API_TOKEN.USER_ID, API_TOKEN.TOKEN_SHA256, API_TOKEN.EXPIRES_AT,
                        API_TOKEN.REVOKED_AT)
                .from(API_TOKEN).where(API_TOKEN.TOKEN_PREFIX.eq(prefix)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean matches = MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                row.value3().getBytes(StandardCharsets.US_ASCII));
        if (!matches || row.value5() != null || (row.value4() != null && !row.value4().isAfter(now))) {
            return Optional.empty();
        }
        Optional<FrontlineUser> user = accounts.findById(row.value2()).filter(UserAccount::enabled).map(FrontlineUser::new);
        if (user.isPresent()) {
            ctx.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(row.value1())).execute();
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
