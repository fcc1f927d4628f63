package dev.frontline.selfservice.notifications.persistence;

import static dev.frontline.db.Tables.NOTIFICATION;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: one row per message to an agent; arguments as the service encoded them. */
@Repository
public class NotificationRepository {

    private final DSLContext ctx;

    NotificationRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** A stored notification with its arguments still as JSON text. */
    public record Row(long id, long agentId, String messageKey, String argsJson, String link, OffsetDateTime createdAt,
            OffsetDateTime readAt) {
    }

    public long insert(long agentId, String messageKey, String argsJson, String link, OffsetDateTime at) {
        return ctx.insertInto(NOTIFICATION)
                .set(NOTIFICATION.AGENT_ID, agentId)
                .set(NOTIFICATION.MESSAGE_KEY, messageKey)
                .set(NOTIFICATION.ARGS, JSONB.valueOf(argsJson))
                .set(NOTIFICATION.LINK, link)
                .set(NOTIFICATION.CREATED_AT, at)
                .returning(NOTIFICATION.ID).fetchSingle(NOTIFICATION.ID);
    }

    /** The agent's newest notifications first. */
    public List<Row> newest(long agentId, int limit) {
        return ctx.select(NOTIFICATION.ID, NOTIFICATION.AGENT_ID, NOTIFICATION.MESSAGE_KEY,
                        NOTIFICATION.ARGS.cast(String.class), NOTIFICATION.LINK, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT)
                .from(NOTIFICATION).where(NOTIFICATION.AGENT_ID.eq(agentId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    public int unread(long agentId) {
        return ctx.fetchCount(NOTIFICATION, NOTIFICATION.AGENT_ID.eq(agentId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Marks one of the agent's notifications read; false when the agent has no such notification. */
    public boolean markRead(long agentId, long id, OffsetDateTime at) {
        return ctx.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.ID.eq(id)).and(NOTIFICATION.AGENT_ID.eq(agentId))
                .and(NOTIFICATION.READ_AT.isNull()).execute() > 0
                || ctx.fetchExists(NOTIFICATION, NOTIFICATION.ID.eq(id).and(NOTIFICATION.AGENT_ID.eq(agentId)));
    }

    public int markAllRead(long agentId, OffsetDateTime at) {
        return ctx.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.AGENT_ID.eq(agentId)).and(NOTIFICATION.READ_AT.isNull()).execute();
    }
}
