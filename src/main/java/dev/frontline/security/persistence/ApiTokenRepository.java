package dev.frontline.security.persistence;

import static dev.frontline.db.Tables.API_TOKEN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import dev.frontline.security.ApiTokenService.TokenInfo;

/** The {@code api_token} table: hashed tokens found by their prefix; the secret itself is never stored. */
@Repository
public class ApiTokenRepository {

    /** What a presented token is checked against. */
    public record StoredToken(long id, long userId, String sha256, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    private final DSLContext ctx;

    ApiTokenRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public boolean nameTaken(long userId, String name) {
        return ctx.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(userId).and(API_TOKEN.NAME.eq(name)));
    }

    public boolean prefixTaken(String prefix) {
        return ctx.fetchExists(API_TOKEN, API_TOKEN.TOKEN_PREFIX.eq(prefix));
    }

    public long insert(long userId, String name, String prefix, String sha256, OffsetDateTime expiresAt) {
        return ctx.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.TOKEN_SHA256, sha256)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returning(API_TOKEN.ID)
                .fetchSingle(API_TOKEN.ID);
    }

    /** A user's tokens, newest first. */
    public List<TokenInfo> ofUser(long userId) {
        return ctx.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX, API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT,
                        API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(Records.mapping(TokenInfo::new));
    }

    /** Revokes a user's unrevoked token; false when there was none to revoke. */
    public boolean revoke(long userId, long tokenId, OffsetDateTime at) {
        return ctx.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.ID.eq(tokenId))
                .and(API_TOKEN.USER_ID.eq(userId))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute() > 0;
    }

    public boolean exists(long userId, long tokenId) {
        return ctx.fetchExists(API_TOKEN, API_TOKEN.ID.eq(tokenId).and(API_TOKEN.USER_ID.eq(userId)));
    }

    public Optional<StoredToken> findByPrefix(String prefix) {
        return ctx.select(API_TOKEN.ID, API_TOKEN.USER_ID, API_TOKEN.TOKEN_SHA256, API_TOKEN.EXPIRES_AT,
                        API_TOKEN.REVOKED_AT)
                .from(API_TOKEN).where(API_TOKEN.TOKEN_PREFIX.eq(prefix))
                .fetchOptional(Records.mapping(StoredToken::new));
    }

    public void markUsed(long tokenId, OffsetDateTime at) {
        ctx.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at).where(API_TOKEN.ID.eq(tokenId)).execute();
    }
}
