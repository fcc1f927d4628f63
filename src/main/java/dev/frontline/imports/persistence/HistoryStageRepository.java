package dev.frontline.imports.persistence;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.types.DayToSecond;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Repository;

import dev.frontline.imports.csv.HistoryRows;

/**
 * The SQL of a history import: the checked rows stream through PostgreSQL COPY into a temporary staging table (dropped
 * at commit or rollback), the checks across rows — duplicates, the grain, starts off the grain, overlap with stored rows
 * of another grain — run as SQL that returns line numbers, and one upsert per queue writes only rows that are new or
 * differ. Every method runs in the caller's transaction, which makes the import all-or-nothing.
 */
@Repository
public class HistoryStageRepository {

    private static final int FLUSH_BYTES = 1 << 16;

    private static final Name STAGE_NAME = DSL.name("history_import_stage");
    private static final Table<Record> STAGE = DSL.table(STAGE_NAME);
    private static final Field<Long> S_LINE = DSL.field(DSL.name("history_import_stage", "line"), SQLDataType.BIGINT);
    private static final Field<Long> S_QUEUE = DSL.field(DSL.name("history_import_stage", "queue_id"), SQLDataType.BIGINT);
    private static final Field<OffsetDateTime> S_START = DSL.field(DSL.name("history_import_stage", "interval_start"),
            SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<Integer> S_OFFERED = DSL.field(DSL.name("history_import_stage", "offered"), SQLDataType.INTEGER);
    private static final Field<Integer> S_HANDLED = DSL.field(DSL.name("history_import_stage", "handled"), SQLDataType.INTEGER);
    private static final Field<Integer> S_ABANDONED = DSL.field(DSL.name("history_import_stage", "abandoned"), SQLDataType.INTEGER);
    private static final Field<BigDecimal> S_AHT = DSL.field(DSL.name("history_import_stage", "aht_seconds"), SQLDataType.NUMERIC(8, 2));
    private static final Field<BigDecimal> S_ASA = DSL.field(DSL.name("history_import_stage", "asa_seconds"), SQLDataType.NUMERIC(8, 2));
    private static final Field<BigDecimal> S_SL = DSL.field(DSL.name("history_import_stage", "service_level_percent"),
            SQLDataType.NUMERIC(5, 2));

    /** A row whose queue and start an earlier line already has. */
    public record Duplicate(long line, long firstLine) {
    }

    /** One queue of the staged file: its rows, first and last start, and the first line naming it. */
    public record StagedQueue(long queueId, long rows, OffsetDateTime first, OffsetDateTime last, long firstLine) {
    }

    /** A staged row whose start, in the given zone, is off the grain. */
    public record OffGrainStart(long line, LocalDateTime localStart) {
    }

    /** A staged row that overlaps a stored row of another grain. */
    public record Overlap(long line, OffsetDateTime storedStart, short storedMinutes) {
    }

    /** A staged row that differs from the stored row at the same start: stored values, then the file's. */
    public record ChangedRow(long line, OffsetDateTime start, Short storedMinutes, Integer storedOffered,
                             Integer storedHandled, Integer storedAbandoned, BigDecimal storedAht, Integer offered,
                             Integer handled, Integer abandoned, BigDecimal aht) {
    }

    /** A staged row with no stored row at its start. */
    public record NewRow(long line, OffsetDateTime start) {
    }

    private final DSLContext ctx;

    HistoryStageRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Every queue by code, with the time zone its local times are read in. */
    public Map<String, HistoryRows.QueueZone> queues() {
        Map<String, HistoryRows.QueueZone> queues = new HashMap<>();
        ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.TIME_ZONE).from(QUEUE)
                .forEach(r -> queues.put(r.value2(), new HistoryRows.QueueZone(r.value1(), r.value2(), ZoneId.of(r.value3()))));
        return queues;
    }

    /** Creates the staging table for this transaction; it is dropped at commit or rollback. */
    public void createStage() {
        var create = ctx.createTemporaryTable(STAGE).column(S_LINE.getUnqualifiedName(), S_LINE.getDataType());
        for (Field<?> column : List.of(S_QUEUE, S_START, S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT, S_ASA, S_SL)) {
            create = create.column(column.getUnqualifiedName(), column.getDataType());
        }
        create
                .onCommitDrop()
                .execute();
    }

    /**
     * Streams rows into the staging table through COPY: {@code reader} is handed a sink for the checked intervals,
     * which are buffered and sent in 64 KB pieces, and returns what it returns (the number of rows read).
     */
    public long copyIntoStage(ToLongFunction<Consumer<HistoryRows.Interval>> reader) {
        long[] result = new long[1];
        ctx.connection(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY history_import_stage FROM STDIN");
            try {
                StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 256);
                result[0] = reader.applyAsLong(interval -> {
                    appendCopyLine(buffer, interval);
                    if (buffer.length() >= FLUSH_BYTES) {
                        flush(copy, buffer);
                    }
                });
                flush(copy, buffer);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
        return result[0];
    }

    /** Indexes and analyses the filled staging table, so the checks below join it by queue and start. */
    public void indexStage() {
        ctx.createIndex().on(STAGE, S_QUEUE, S_START).execute();
        ctx.query("analyze history_import_stage").execute();
    }

    private static void appendCopyLine(StringBuilder buffer, HistoryRows.Interval interval) {
        buffer.append(interval.line()).append('\t').append(interval.queueId()).append('\t').append(interval.start())
                .append('\t').append(interval.offered()).append('\t').append(interval.handled()).append('\t')
                .append(interval.abandoned()).append('\t');
        appendNullable(buffer, interval.ahtSeconds()).append('\t');
        appendNullable(buffer, interval.asaSeconds()).append('\t');
        appendNullable(buffer, interval.serviceLevelPercent()).append('\n');
    }

    private static StringBuilder appendNullable(StringBuilder buffer, BigDecimal value) {
        return value == null ? buffer.append("\\N") : buffer.append(value.toPlainString());
    }

    private static void flush(CopyIn copy, StringBuilder buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not stage the history rows", e);
        }
        buffer.setLength(0);
    }

    /** Every row after the first with the same queue and start, by line, at most {@code limit}. */
    public List<Duplicate> duplicates(int limit) {
        Field<Long> firstLine = DSL.min(S_LINE).over().partitionBy(S_QUEUE, S_START).as("first_line");
        var inner = ctx.select(S_LINE, firstLine).from(STAGE).asTable("d");
        Field<Long> line = inner.field(S_LINE.getUnqualifiedName(), Long.class);
        Field<Long> first = inner.field(firstLine.getUnqualifiedName(), Long.class);
        return ctx.select(line, first).from(inner).where(line.ne(first)).orderBy(line).limit(limit)
                .fetch(r -> new Duplicate(r.value1(), r.value2()));
    }

    /** Per staged queue, the most common positive step between consecutive starts, in seconds. */
    public Map<Long, Long> commonSteps() {
        Field<Long> epoch = epochSeconds(S_START);
        Field<Long> step = epoch.sub(DSL.lag(epoch).over().partitionBy(S_QUEUE).orderBy(S_START)).as("step");
        var steps = ctx.select(S_QUEUE, step).from(STAGE).asTable("steps");
        Field<Long> stepQueue = steps.field(S_QUEUE.getUnqualifiedName(), Long.class);
        Field<Long> stepSeconds = steps.field(step.getUnqualifiedName(), Long.class);
        Map<Long, Long> commonStep = new HashMap<>();
        ctx.select(stepQueue, DSL.mode().withinGroupOrderBy(stepSeconds)).from(steps)
                .where(stepSeconds.gt(0L)).groupBy(stepQueue)
                .forEach(r -> commonStep.put(r.value1(), r.value2()));
        return commonStep;
    }

    /** The staged queues by id, with their row counts and ranges. */
    public List<StagedQueue> stagedQueues() {
        return ctx.select(S_QUEUE, DSL.count(), DSL.min(S_START), DSL.max(S_START), DSL.min(S_LINE))
                .from(STAGE).groupBy(S_QUEUE).orderBy(S_QUEUE)
                .fetch(r -> new StagedQueue(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Seconds since the epoch (of the local clock, for a timestamp without zone). */
    private static Field<Long> epochSeconds(Field<?> timestamp) {
        return DSL.extract(timestamp, DatePart.EPOCH).cast(SQLDataType.BIGINT);
    }

    /** The grain, in minutes, of the queue's latest stored interval; empty when it has none. */
    public Optional<Integer> storedGrain(long queueId) {
        Short minutes = ctx.select(INTERVAL_HISTORY.INTERVAL_MINUTES).from(INTERVAL_HISTORY)
                .where(INTERVAL_HISTORY.QUEUE_ID.eq(queueId)).orderBy(INTERVAL_HISTORY.INTERVAL_START.desc()).limit(1)
                .fetchOne(INTERVAL_HISTORY.INTERVAL_MINUTES);
        return minutes == null ? Optional.empty() : Optional.of(minutes.intValue());
    }

    /** The queue's staged starts that are not a whole number of grains after local midnight in {@code zone}. */
    public List<OffGrainStart> offGrain(long queueId, ZoneId zone, int grainMinutes, int limit) {
        Field<LocalDateTime> local = DSL.function("timezone", LocalDateTime.class, DSL.val(zone.getId()), S_START);
        Field<Long> seconds = epochSeconds(local);
        return ctx.select(S_LINE, local).from(STAGE)
                .where(S_QUEUE.eq(queueId))
                .and(seconds.mod(grainMinutes * 60L).ne(0L))
                .orderBy(S_LINE).limit(limit)
                .fetch(r -> new OffGrainStart(r.value1(), r.value2()));
    }

    /**
     * The queue's staged rows that overlap stored rows of another grain (a 15-minute row inside a stored hour);
     * {@code first} and {@code last} are the staged range.
     */
    public List<Overlap> overlaps(long queueId, int grainMinutes, OffsetDateTime first, OffsetDateTime last, int limit) {
        var h = INTERVAL_HISTORY;
        // the usual case — no stored row of another grain near the file's range — costs one index probe, not one per row
        boolean otherGrainNearby = ctx.fetchExists(h, h.QUEUE_ID.eq(queueId)
                .and(h.INTERVAL_MINUTES.ne((short) grainMinutes))
                .and(h.INTERVAL_START.gt(first.minusMinutes(60)))
                .and(h.INTERVAL_START.lt(last.plusMinutes(grainMinutes))));
        if (!otherGrainNearby) {
            return List.of();
        }
        Field<Long> storedEnd = epochSeconds(h.INTERVAL_START).add(h.INTERVAL_MINUTES.cast(SQLDataType.BIGINT).mul(60L));
        return ctx.select(S_LINE, h.INTERVAL_START, h.INTERVAL_MINUTES).from(STAGE)
                .join(h).on(h.QUEUE_ID.eq(S_QUEUE)
                        // the widest stored grain is an hour, so a stored row that overlaps starts within an hour before
                        .and(h.INTERVAL_START.gt(S_START.sub(DSL.val(DayToSecond.valueOf(Duration.ofMinutes(60))))))
                        .and(h.INTERVAL_START.lt(S_START.add(DSL.val(DayToSecond.valueOf(Duration.ofMinutes(grainMinutes)))))))
                .where(S_QUEUE.eq(queueId))
                .and(h.INTERVAL_MINUTES.ne((short) grainMinutes))
                .and(storedEnd.gt(epochSeconds(S_START)))
                .orderBy(S_LINE).limit(limit)
                .fetch(r -> new Overlap(r.value1(), r.value2(), r.value3()));
    }

    /** How many of the queue's staged rows have no stored row at their start. */
    public long newRows(long queueId) {
        var h = INTERVAL_HISTORY;
        return ctx.selectCount().from(STAGE)
                .where(S_QUEUE.eq(queueId))
                .andNotExists(DSL.selectOne().from(h).where(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START)))
                .fetchSingle().value1();
    }

    /** The first of the queue's staged rows that have no stored row at their start, by line. */
    public List<NewRow> newRowSample(long queueId, int limit) {
        var h = INTERVAL_HISTORY;
        return ctx.select(S_LINE, S_START).from(STAGE).where(S_QUEUE.eq(queueId))
                .andNotExists(DSL.selectOne().from(h).where(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START)))
                .orderBy(S_LINE).limit(limit)
                .fetch(r -> new NewRow(r.value1(), r.value2()));
    }

    /** How many of the queue's staged rows differ, at the given grain, from the stored row at their start. */
    public long changedRows(long queueId, int grainMinutes) {
        var h = INTERVAL_HISTORY;
        return ctx.selectCount().from(STAGE)
                .join(h).on(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START))
                .where(S_QUEUE.eq(queueId)).and(differs(grainMinutes))
                .fetchSingle().value1();
    }

    /** The first of the queue's changed rows, by line. */
    public List<ChangedRow> changedRowSample(long queueId, int grainMinutes, int limit) {
        var h = INTERVAL_HISTORY;
        return ctx.select(S_LINE, S_START, h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED, h.AHT_SECONDS,
                        S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT)
                .from(STAGE).join(h).on(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START))
                .where(S_QUEUE.eq(queueId)).and(differs(grainMinutes))
                .orderBy(S_LINE).limit(limit)
                .fetch(r -> new ChangedRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    private static Condition differs(int grainMinutes) {
        var h = INTERVAL_HISTORY;
        return DSL.row(h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED, h.AHT_SECONDS, h.ASA_SECONDS,
                        h.SERVICE_LEVEL_PERCENT)
                .isDistinctFrom(DSL.row(DSL.val((short) grainMinutes), S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT, S_ASA, S_SL));
    }

    /**
     * Writes the queue's staged rows at the given grain. With no changed rows, a plain insert of the new ones (all
     * staged rows when {@code allNew}) skips the conflict handling a first load of a year does not need; otherwise an
     * upsert inserts the new rows and updates only those that differ.
     */
    public void write(long queueId, int grainMinutes, boolean anyChanged, boolean allNew) {
        var h = INTERVAL_HISTORY;
        if (!anyChanged) {
            var newRows = DSL.select(S_QUEUE, S_START, DSL.val((short) grainMinutes), S_OFFERED, S_HANDLED, S_ABANDONED,
                            S_AHT, S_ASA, S_SL).from(STAGE).where(S_QUEUE.eq(queueId));
            ctx.insertInto(h, h.QUEUE_ID, h.INTERVAL_START, h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED,
                            h.AHT_SECONDS, h.ASA_SECONDS, h.SERVICE_LEVEL_PERCENT)
                    .select(allNew ? newRows.orderBy(S_START) : newRows.andNotExists(
                            DSL.selectOne().from(h).where(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START)))
                            .orderBy(S_START))
                    .execute();
            return;
        }
        ctx.insertInto(h, h.QUEUE_ID, h.INTERVAL_START, h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED,
                        h.AHT_SECONDS, h.ASA_SECONDS, h.SERVICE_LEVEL_PERCENT)
                .select(DSL.select(S_QUEUE, S_START, DSL.val((short) grainMinutes), S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT,
                        S_ASA, S_SL).from(STAGE).where(S_QUEUE.eq(queueId)))
                .onConflict(h.QUEUE_ID, h.INTERVAL_START)
                .doUpdate()
                .set(h.INTERVAL_MINUTES, DSL.excluded(h.INTERVAL_MINUTES))
                .set(h.OFFERED, DSL.excluded(h.OFFERED))
                .set(h.HANDLED, DSL.excluded(h.HANDLED))
                .set(h.ABANDONED, DSL.excluded(h.ABANDONED))
                .set(h.AHT_SECONDS, DSL.excluded(h.AHT_SECONDS))
                .set(h.ASA_SECONDS, DSL.excluded(h.ASA_SECONDS))
                .set(h.SERVICE_LEVEL_PERCENT, DSL.excluded(h.SERVICE_LEVEL_PERCENT))
                .where(DSL.row(h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED, h.AHT_SECONDS, h.ASA_SECONDS,
                                h.SERVICE_LEVEL_PERCENT)
                        .isDistinctFrom(DSL.row(DSL.excluded(h.INTERVAL_MINUTES), DSL.excluded(h.OFFERED),
                                DSL.excluded(h.HANDLED), DSL.excluded(h.ABANDONED), DSL.excluded(h.AHT_SECONDS),
                                DSL.excluded(h.ASA_SECONDS), DSL.excluded(h.SERVICE_LEVEL_PERCENT))))
                .execute();
    }
}
