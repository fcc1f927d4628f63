package dev.frontline.staffing.persistence;

import static dev.frontline.db.Tables.QUEUE;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.staffing.StaffingQueue;

/** Reads queues with their goals; staffing never changes a queue. */
@Repository
public class StaffingQueueRepository {

    private final DSLContext ctx;

    StaffingQueueRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<StaffingQueue> findAll() {
        return select().orderBy(QUEUE.CODE).fetch(Records.mapping(StaffingQueue::new));
    }

    public Optional<StaffingQueue> findById(long id) {
        return select().where(QUEUE.ID.eq(id)).fetchOptional(Records.mapping(StaffingQueue::new));
    }

    /** The skill a queue asks of its agents. */
    public long skillId(long queueId) {
        return ctx.select(QUEUE.SKILL_ID).from(QUEUE).where(QUEUE.ID.eq(queueId)).fetchSingle(QUEUE.SKILL_ID);
    }

    private SelectJoinStep<Record10<Long, String, String, ChannelType, String, Double, Integer, Double, Integer, Integer>> select() {
        return ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.NAME, QUEUE.CHANNEL, QUEUE.TIME_ZONE,
                        QUEUE.SL_TARGET_PERCENT.cast(Double.class), QUEUE.SL_THRESHOLD_SECONDS,
                        QUEUE.RESPONSE_GOAL_HOURS.cast(Double.class), QUEUE.CHAT_CONCURRENCY, QUEUE.PRIORITY)
                .from(QUEUE);
    }
}
