package dev.frontline.selfservice.calendar.persistence;

import static dev.frontline.db.Tables.CALENDAR_FEED;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Agents' calendar feed secrets, kept as SHA-256 with the prefix that finds them. */
@Repository
public class CalendarFeedRepository {

    private final DSLContext ctx;

    CalendarFeedRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public record Feed(long agentId, String tokenPrefix, String tokenSha256, OffsetDateTime createdAt,
            OffsetDateTime lastReadAt) {
    }

    /** Replaces the agent's feed secret (the old URL stops working). */
    public void save(long agentId, String prefix, String sha256, OffsetDateTime at) {
        ctx.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.AGENT_ID, agentId).set(CALENDAR_FEED.TOKEN_PREFIX, prefix)
                .set(CALENDAR_FEED.TOKEN_SHA256, sha256).set(CALENDAR_FEED.CREATED_AT, at)
                .onConflict(CALENDAR_FEED.AGENT_ID).doUpdate().set(CALENDAR_FEED.TOKEN_PREFIX, prefix)
                .set(CALENDAR_FEED.TOKEN_SHA256, sha256).set(CALENDAR_FEED.CREATED_AT, at)
                .setNull(CALENDAR_FEED.LAST_READ_AT).execute();
    }

    public boolean delete(long agentId) {
        return ctx.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.AGENT_ID.eq(agentId)).execute() > 0;
    }

    public Optional<Feed> ofAgent(long agentId) {
        return ctx.selectFrom(CALENDAR_FEED).where(CALENDAR_FEED.AGENT_ID.eq(agentId)).fetchOptional(CalendarFeedRepository::feed);
    }

    public Optional<Feed> byPrefix(String prefix) {
        return ctx.selectFrom(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_PREFIX.eq(prefix)).fetchOptional(CalendarFeedRepository::feed);
    }

    public void touch(long agentId, OffsetDateTime at) {
        ctx.update(CALENDAR_FEED).set(CALENDAR_FEED.LAST_READ_AT, at).where(CALENDAR_FEED.AGENT_ID.eq(agentId)).execute();
    }

    private static Feed feed(dev.frontline.db.tables.records.CalendarFeedRecord r) {
        return new Feed(r.getAgentId(), r.getTokenPrefix(), r.getTokenSha256(), r.getCreatedAt(), r.getLastReadAt());
    }
}
