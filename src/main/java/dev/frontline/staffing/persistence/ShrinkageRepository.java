package dev.frontline.staffing.persistence;

import static dev.frontline.db.Tables.SHRINKAGE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.staffing.ShrinkageRule;

@Repository
public class ShrinkageRepository {

    private final DSLContext ctx;

    ShrinkageRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<ShrinkageRule> findAll() {
        return ctx.select(SHRINKAGE.QUEUE_ID, SHRINKAGE.WEEKDAY, SHRINKAGE.PLANNED_PERCENT, SHRINKAGE.UNPLANNED_PERCENT)
                .from(SHRINKAGE)
                .orderBy(SHRINKAGE.QUEUE_ID.nullsFirst(), SHRINKAGE.WEEKDAY.nullsFirst())
                .fetch(r -> new ShrinkageRule(r.value1(), r.value2() == null ? null : DayOfWeek.of(r.value2()),
                        r.value3().doubleValue(), r.value4().doubleValue()));
    }

    /**
     * Replaces every row of one scope (a queue, or the defaults when {@code queueId} is null) with the given rules;
     * the caller's transaction makes it all or nothing.
     */
    public void replaceScope(Long queueId, List<ShrinkageRule> rules) {
        ctx.deleteFrom(SHRINKAGE)
                .where(queueId == null ? SHRINKAGE.QUEUE_ID.isNull() : SHRINKAGE.QUEUE_ID.eq(queueId))
                .execute();
        for (ShrinkageRule rule : rules) {
            ctx.insertInto(SHRINKAGE)
                    .set(SHRINKAGE.QUEUE_ID, queueId)
                    .set(SHRINKAGE.WEEKDAY, rule.weekday() == null ? null : (short) rule.weekday().getValue())
                    .set(SHRINKAGE.PLANNED_PERCENT, percent(rule.plannedPercent()))
                    .set(SHRINKAGE.UNPLANNED_PERCENT, percent(rule.unplannedPercent()))
                    .execute();
        }
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
