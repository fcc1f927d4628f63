package dev.frontline.imports.persistence;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.ChannelType;

/** The scratch queues of {@code bench import}: created when missing, their history emptied before each run. */
@Repository
public class ImportBenchRepository {

    private final DSLContext ctx;

    ImportBenchRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Makes sure a voice queue exists for every code (skill BENCH, Polish, 80/20, in {@code zone}) and deletes their
     * history, so every run measures a load into empty queues.
     */
    public void prepareQueues(List<String> codes, ZoneId zone) {
        Long skill = ctx.select(SKILL.ID).from(SKILL).where(SKILL.CODE.eq("BENCH")).fetchOne(SKILL.ID);
        if (skill == null) {
            skill = ctx.insertInto(SKILL).set(SKILL.CODE, "BENCH").set(SKILL.NAME, "Benchmark").returning(SKILL.ID)
                    .fetchSingle(SKILL.ID);
        }
        for (String code : codes) {
            ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "Benchmark " + code).set(QUEUE.CHANNEL, ChannelType.VOICE)
                    .set(QUEUE.LANGUAGE, "pl").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, zone.getId())
                    .set(QUEUE.COUNTRY_CODE, "PL").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                    .set(QUEUE.SL_THRESHOLD_SECONDS, 20)
                    .onConflict(QUEUE.CODE).doNothing().execute();
        }
        // scratch queues: every run measures a load into empty queues
        ctx.deleteFrom(INTERVAL_HISTORY).where(INTERVAL_HISTORY.QUEUE_ID.in(
                ctx.select(QUEUE.ID).from(QUEUE).where(QUEUE.CODE.in(codes)))).execute();
    }
}
