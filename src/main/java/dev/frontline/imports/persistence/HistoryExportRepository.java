package dev.frontline.imports.persistence;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.springframework.stereotype.Repository;

/** The reads of a history export: the queues a history file may name and a queue's stored intervals, streamed. */
@Repository
public class HistoryExportRepository {

    /** A queue to export: its id and the time zone its local times are written in. */
    public record ExportQueue(long id, ZoneId zone) {
    }

    /** A stored interval as the export writes it. */
    public record StoredInterval(OffsetDateTime start, Integer offered, Integer handled, Integer abandoned,
                                 BigDecimal ahtSeconds, BigDecimal asaSeconds, BigDecimal serviceLevelPercent) {
    }

    /** Receives the intervals one by one, and may fail writing them. */
    @FunctionalInterface
    public interface IntervalWriter {
        void write(StoredInterval interval) throws IOException;
    }

    private final DSLContext ctx;

    HistoryExportRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<ExportQueue> queue(String code) {
        return ctx.select(QUEUE.ID, QUEUE.TIME_ZONE).from(QUEUE).where(QUEUE.CODE.eq(code))
                .fetchOptional(r -> new ExportQueue(r.value1(), ZoneId.of(r.value2())));
    }

    /** Queue codes a history import or export may name, in order. */
    public List<String> queueCodes() {
        return ctx.select(QUEUE.CODE).from(QUEUE).orderBy(QUEUE.CODE).fetch(QUEUE.CODE);
    }

    /**
     * Hands the queue's intervals starting in [from, to) (null: unbounded) to {@code writer} in time order, fetched
     * 10,000 at a time so a year of history never sits in memory.
     */
    public void forEachInterval(long queueId, OffsetDateTime from, OffsetDateTime to, IntervalWriter writer)
            throws IOException {
        var h = INTERVAL_HISTORY;
        Condition condition = h.QUEUE_ID.eq(queueId);
        if (from != null) {
            condition = condition.and(h.INTERVAL_START.ge(from));
        }
        if (to != null) {
            condition = condition.and(h.INTERVAL_START.lt(to));
        }
        try (Cursor<Record7<OffsetDateTime, Integer, Integer, Integer, BigDecimal, BigDecimal, BigDecimal>> rows =
                     ctx.select(h.INTERVAL_START, h.OFFERED, h.HANDLED, h.ABANDONED, h.AHT_SECONDS, h.ASA_SECONDS,
                                     h.SERVICE_LEVEL_PERCENT)
                             .from(h).where(condition).orderBy(h.INTERVAL_START).fetchSize(10_000).fetchLazy()) {
            for (var r : rows) {
                writer.write(new StoredInterval(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
            }
        }
    }
}
