package dev.frontline.imports;

import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;

import dev.frontline.db.enums.ChannelType;

/** Queues of the tests' own (the demo centre's stay untouched) and counts to compare before and after an import. */
final class ImportFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ImportFixtures() {
    }

    /** A new voice queue with a unique code in the given time zone. */
    static String queue(DSLContext ctx, String zone) {
        String code = "IMPT_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
        ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "Import test " + code)
                .set(QUEUE.CHANNEL, ChannelType.VOICE).set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill)
                .set(QUEUE.TIME_ZONE, zone).set(QUEUE.COUNTRY_CODE, "PL")
                .set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80")).set(QUEUE.SL_THRESHOLD_SECONDS, 20)
                .execute();
        return code;
    }

    static int historyRows(DSLContext ctx, String queue) {
        return ctx.fetchCount(INTERVAL_HISTORY.join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)),
                QUEUE.CODE.eq(queue));
    }

    static int auditEvents(DSLContext ctx) {
        return ctx.fetchCount(AUDIT_EVENT);
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
