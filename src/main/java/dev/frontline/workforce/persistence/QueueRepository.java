package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.QueueRecord;
import dev.frontline.workforce.masterdata.QueueDraft;
import dev.frontline.workforce.masterdata.SkillRow;
import dev.frontline.workforce.masterdata.Stored;

@Repository
public class QueueRepository {

    private final DSLContext ctx;

    QueueRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Stored<QueueDraft>> findAll() {
        return select(DSL.noCondition());
    }

    public Optional<Stored<QueueDraft>> find(long id) {
        return select(QUEUE.ID.eq(id)).stream().findFirst();
    }

    private List<Stored<QueueDraft>> select(Condition where) {
        return ctx.select(QUEUE.ID, QUEUE.VERSION, QUEUE.CODE, QUEUE.NAME, QUEUE.CHANNEL, QUEUE.LANGUAGE, SKILL.CODE,
                        QUEUE.TIME_ZONE, QUEUE.COUNTRY_CODE, QUEUE.SL_TARGET_PERCENT.cast(Double.class),
                        QUEUE.SL_THRESHOLD_SECONDS, QUEUE.RESPONSE_GOAL_HOURS.cast(Double.class),
                        QUEUE.CHAT_CONCURRENCY, QUEUE.PRIORITY)
                .from(QUEUE)
                .join(SKILL).on(SKILL.ID.eq(QUEUE.SKILL_ID))
                .where(where)
                .orderBy(QUEUE.CODE)
                .fetch(r -> new Stored<>(r.value1(), r.value2(), new QueueDraft(r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14())));
    }

    /** The skill's id, created with the given name when it does not exist yet. */
    public long skill(String code, String name) {
        return ctx.select(SKILL.ID).from(SKILL).where(SKILL.CODE.eq(code)).fetchOptional(SKILL.ID)
                .orElseGet(() -> ctx.insertInto(SKILL).set(SKILL.CODE, code).set(SKILL.NAME, name)
                        .returning(SKILL.ID).fetchSingle(SKILL.ID));
    }

    public List<SkillRow> skills() {
        return ctx.select(SKILL.ID, SKILL.CODE, SKILL.NAME).from(SKILL).orderBy(SKILL.CODE)
                .fetch(Records.mapping(SkillRow::new));
    }

    /** The queue's own columns, written alike by insert and update. */
    private QueueRecord columns(QueueDraft d, long skillId) {
        return ctx.newRecord(QUEUE)
                .with(QUEUE.CODE, d.code()).with(QUEUE.NAME, d.name()).with(QUEUE.CHANNEL, d.channel())
                .with(QUEUE.LANGUAGE, d.language()).with(QUEUE.SKILL_ID, skillId)
                .with(QUEUE.TIME_ZONE, d.timeZone()).with(QUEUE.COUNTRY_CODE, d.countryCode())
                .with(QUEUE.SL_TARGET_PERCENT, decimal(d.slTargetPercent()))
                .with(QUEUE.SL_THRESHOLD_SECONDS, d.slThresholdSeconds())
                .with(QUEUE.RESPONSE_GOAL_HOURS, decimal(d.responseGoalHours()))
                .with(QUEUE.CHAT_CONCURRENCY, d.chatConcurrency()).with(QUEUE.PRIORITY, d.priority());
    }

    public long insert(QueueDraft d, long skillId) {
        return ctx.insertInto(QUEUE).set(columns(d, skillId))
                .returning(QUEUE.ID).fetchSingle(QUEUE.ID);
    }

    public boolean update(long id, int version, QueueDraft d, long skillId) {
        return ctx.update(QUEUE).set(columns(d, skillId))
                .set(QUEUE.VERSION, QUEUE.VERSION.plus(1))
                .where(QUEUE.ID.eq(id), QUEUE.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean delete(long id, int version) {
        return ctx.deleteFrom(QUEUE).where(QUEUE.ID.eq(id), QUEUE.VERSION.eq(version)).execute() == 1;
    }

    public int historyIntervals(long id) {
        return ctx.fetchCount(INTERVAL_HISTORY, INTERVAL_HISTORY.QUEUE_ID.eq(id));
    }

    public int forecasts(long id) {
        return ctx.fetchCount(FORECAST_VERSION, FORECAST_VERSION.QUEUE_ID.eq(id));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return ctx.fetchExists(QUEUE, QUEUE.CODE.eq(code).and(exceptId == null ? DSL.noCondition() : QUEUE.ID.ne(exceptId)));
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
