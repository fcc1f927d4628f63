package dev.frontline.forecast.persistence;

import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SPECIAL_EVENT;
import static dev.frontline.forecast.persistence.ForecastQueueRepository.decimal;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.forecast.StoredSpecialEvent;

/** Planner events (campaigns, outages, bill runs …) per queue or for every queue. */
@Repository
public class SpecialEventRepository {

    private final DSLContext ctx;

    SpecialEventRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Events of the queue and events for every queue, by date. */
    public List<StoredSpecialEvent> forQueue(long queueId) {
        return ctx.select(SPECIAL_EVENT.ID, QUEUE.CODE, SPECIAL_EVENT.EVENT_DATE, SPECIAL_EVENT.KIND,
                        SPECIAL_EVENT.UPLIFT_PERCENT, SPECIAL_EVENT.DESCRIPTION)
                .from(SPECIAL_EVENT)
                .leftJoin(QUEUE).on(QUEUE.ID.eq(SPECIAL_EVENT.QUEUE_ID))
                .where(SPECIAL_EVENT.QUEUE_ID.eq(queueId).or(SPECIAL_EVENT.QUEUE_ID.isNull()))
                .orderBy(SPECIAL_EVENT.EVENT_DATE, SPECIAL_EVENT.KIND, SPECIAL_EVENT.ID)
                .fetch(r -> new StoredSpecialEvent(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : r.value5().doubleValue(), r.value6()));
    }

    public boolean exists(Long queueId, LocalDate date, String kind) {
        return ctx.fetchExists(ctx.selectOne().from(SPECIAL_EVENT)
                .where(queueId == null ? SPECIAL_EVENT.QUEUE_ID.isNull() : SPECIAL_EVENT.QUEUE_ID.eq(queueId))
                .and(SPECIAL_EVENT.EVENT_DATE.eq(date))
                .and(SPECIAL_EVENT.KIND.eq(kind)));
    }

    public long insert(Long queueId, LocalDate date, String kind, Double upliftPercent, String description) {
        return ctx.insertInto(SPECIAL_EVENT)
                .set(SPECIAL_EVENT.QUEUE_ID, queueId)
                .set(SPECIAL_EVENT.EVENT_DATE, date)
                .set(SPECIAL_EVENT.KIND, kind)
                .set(SPECIAL_EVENT.UPLIFT_PERCENT, upliftPercent == null ? null : decimal(upliftPercent, 2))
                .set(SPECIAL_EVENT.DESCRIPTION, description)
                .returning(SPECIAL_EVENT.ID)
                .fetchOne(SPECIAL_EVENT.ID);
    }

    public boolean delete(long id) {
        return ctx.deleteFrom(SPECIAL_EVENT).where(SPECIAL_EVENT.ID.eq(id)).execute() > 0;
    }
}
