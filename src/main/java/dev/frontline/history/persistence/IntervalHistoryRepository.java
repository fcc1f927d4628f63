package dev.frontline.history.persistence;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.IntervalHistoryRecord;
import dev.frontline.history.DailyVolume;

@Repository
public class IntervalHistoryRepository {

    private static final int INSERT_CHUNK = 2_000;

    private final DSLContext ctx;

    IntervalHistoryRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Daily sums per queue for local days in [from, to), days taken in each queue's own time zone. */
    public List<DailyVolume> dailyVolumes(LocalDate from, LocalDate to) {
        Field<LocalDate> localDay = DSL.function("timezone", LocalDateTime.class, QUEUE.TIME_ZONE,
                INTERVAL_HISTORY.INTERVAL_START).cast(SQLDataType.LOCALDATE);
        Field<Long> offered = DSL.sum(INTERVAL_HISTORY.OFFERED).cast(Long.class);
        Field<Long> handled = DSL.sum(INTERVAL_HISTORY.HANDLED).cast(Long.class);
        Field<Double> ahtSeconds = DSL.sum(INTERVAL_HISTORY.AHT_SECONDS.mul(INTERVAL_HISTORY.HANDLED))
                .div(DSL.nullif(DSL.sum(INTERVAL_HISTORY.HANDLED), DSL.inline(java.math.BigDecimal.ZERO)))
                .cast(Double.class);
        return ctx.select(QUEUE.CODE, QUEUE.NAME, localDay, offered, handled,
                        DSL.sum(INTERVAL_HISTORY.ABANDONED).cast(Long.class), ahtSeconds)
                .from(INTERVAL_HISTORY)
                .join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID))
                // a day either side in UTC, then the exact local-day filter
                .where(INTERVAL_HISTORY.INTERVAL_START.ge(from.minusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)))
                .and(INTERVAL_HISTORY.INTERVAL_START.lt(to.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)))
                .and(localDay.ge(from))
                .and(localDay.lt(to))
                .groupBy(QUEUE.CODE, QUEUE.NAME, localDay)
                .orderBy(QUEUE.CODE, localDay)
                .fetch(Records.mapping(DailyVolume::new));
    }

    public Optional<OffsetDateTime> latestIntervalStart() {
        return ctx.select(DSL.max(INTERVAL_HISTORY.INTERVAL_START)).from(INTERVAL_HISTORY).fetchOptional(r -> r.value1());
    }

    /** Inserts rows in multi-row statements; the caller's transaction makes the whole load all-or-nothing. */
    public void insertAll(List<IntervalHistoryRecord> rows) {
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            var insert = ctx.insertInto(INTERVAL_HISTORY, INTERVAL_HISTORY.QUEUE_ID, INTERVAL_HISTORY.INTERVAL_START,
                    INTERVAL_HISTORY.INTERVAL_MINUTES, INTERVAL_HISTORY.OFFERED, INTERVAL_HISTORY.HANDLED,
                    INTERVAL_HISTORY.ABANDONED, INTERVAL_HISTORY.AHT_SECONDS);
            for (IntervalHistoryRecord r : chunk) {
                insert = insert.values(r.getQueueId(), r.getIntervalStart(), r.getIntervalMinutes(), r.getOffered(),
                        r.getHandled(), r.getAbandoned(), r.getAhtSeconds());
            }
            insert.execute();
        }
    }
}
