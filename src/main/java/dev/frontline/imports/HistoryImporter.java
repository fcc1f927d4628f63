package dev.frontline.imports;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.imports.csv.HistoryRows;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.csv.CsvReader;

/**
 * Imports an ACD interval export. Rows are checked one by one while the file streams into a temporary staging table
 * (PostgreSQL COPY, so 700,000 rows never sit in memory); the checks across rows — duplicates, the grain, starts off
 * the grain, overlap with stored rows of another grain — then run as SQL that returns line numbers; finally one
 * upsert per queue writes only rows that are new or differ. The caller's transaction makes it all-or-nothing.
 */
@Component
class HistoryImporter {

    static final Set<Integer> GRAINS = Set.of(5, 6, 15, 30, 60);
    private static final int DEFAULT_GRAIN = 15;
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

    private final DSLContext ctx;
    private final AuditTrail audit;

    HistoryImporter(DSLContext ctx, AuditTrail audit) {
        this.ctx = ctx;
        this.audit = audit;
    }

    /** Reads, checks and — when {@code write} and the file is clean — stores the history. */
    ImportResult run(Reader source, long totalBytes, HistoryOptions options, boolean write, ImportMonitor monitor) {
        ErrorList errors = new ErrorList();
        Map<String, HistoryRows.QueueZone> queues = queues();
        HistoryRows.QueueZone fixed = null;
        if (options.queueCode() != null) {
            fixed = queues.get(options.queueCode());
            if (fixed == null) {
                errors.add(0, "queue", "unknown queue '" + options.queueCode() + "' given for this import");
                return result(write, 0, 0, 0, List.of(), errors);
            }
        }
        if (options.grainMinutes() != null && !GRAINS.contains(options.grainMinutes())) {
            errors.add(0, "grain", options.grainMinutes() + " minutes is not an allowed grain; use 5, 6, 15, 30 or 60");
            return result(write, 0, 0, 0, List.of(), errors);
        }
        HistoryRows rows = new HistoryRows(queues, fixed, options.timeZone());
        var create = ctx.createTemporaryTable(STAGE).column(S_LINE.getUnqualifiedName(), S_LINE.getDataType());
        for (Field<?> column : List.of(S_QUEUE, S_START, S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT, S_ASA, S_SL)) {
            create = create.column(column.getUnqualifiedName(), column.getDataType());
        }
        create
                .onCommitDrop()
                .execute();
        long[] rowCount = new long[1];
        CountingReader counting = new CountingReader(source);
        ctx.connection(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY history_import_stage FROM STDIN");
            try {
                StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 256);
                rowCount[0] = CsvReader.read(counting, rows.layout(), errors, row -> {
                    HistoryRows.Interval interval = rows.read(row);
                    if (interval != null) {
                        appendCopyLine(buffer, interval);
                        if (buffer.length() >= FLUSH_BYTES) {
                            flush(copy, buffer);
                        }
                    }
                    if ((row.line() & 1023) == 0) {
                        monitor.checkCancelled();
                        if (totalBytes > 0) {
                            monitor.progress(0.7 * Math.min(1, (double) counting.count() / totalBytes));
                        }
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
        monitor.checkCancelled();
        ctx.createIndex().on(STAGE, S_QUEUE, S_START).execute();
        ctx.query("analyze history_import_stage").execute();
        monitor.progress(0.75);

        duplicates(errors);
        List<QueuePlan> plans = plans(options, queues, errors);
        for (QueuePlan plan : plans) {
            offGrain(plan, errors);
            overlaps(plan, errors);
        }
        monitor.checkCancelled();
        monitor.progress(0.85);

        long created = 0;
        long changed = 0;
        List<ImportChange> sample = new ArrayList<>();
        for (QueuePlan plan : plans) {
            plan.created = newRows(plan);
            plan.changed = changedRows(plan, sample);
            created += plan.created;
            changed += plan.changed;
        }
        long staged = plans.stream().mapToLong(p -> p.rows).sum();
        if (errors.isEmpty() && write) {
            for (QueuePlan plan : plans) {
                if (plan.created + plan.changed > 0) {
                    upsert(plan);
                    audit.record("interval_history", plan.code, AuditAction.IMPORT, String.format(java.util.Locale.ROOT,
                            "%d rows from %s to %s, %d-minute grain: %d new, %d changed, %d unchanged", plan.rows,
                            plan.first, plan.last, plan.grain, plan.created, plan.changed,
                            plan.rows - plan.created - plan.changed));
                }
                monitor.checkCancelled();
            }
        }
        monitor.progress(1);
        return result(write, rowCount[0], created, changed, sample, errors, staged);
    }

    private ImportResult result(boolean write, long rows, long created, long changed, List<ImportChange> sample,
                                ErrorList errors) {
        return result(write, rows, created, changed, sample, errors, rows);
    }

    private ImportResult result(boolean write, long rows, long created, long changed, List<ImportChange> sample,
                                ErrorList errors, long checkedRows) {
        long unchanged = Math.max(0, checkedRows - created - changed);
        boolean committed = write && errors.isEmpty();
        return new ImportResult(ImportKind.HISTORY, committed, rows, created, changed, errors.isEmpty() ? unchanged : 0,
                List.copyOf(sample), errors.shown(), errors.total());
    }

    private Map<String, HistoryRows.QueueZone> queues() {
        Map<String, HistoryRows.QueueZone> queues = new HashMap<>();
        ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.TIME_ZONE).from(QUEUE)
                .forEach(r -> queues.put(r.value2(), new HistoryRows.QueueZone(r.value1(), r.value2(), ZoneId.of(r.value3()))));
        return queues;
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

    /** Every row after the first with the same queue and start. */
    private void duplicates(ErrorList errors) {
        Field<Long> firstLine = DSL.min(S_LINE).over().partitionBy(S_QUEUE, S_START).as("first_line");
        var inner = ctx.select(S_LINE, firstLine).from(STAGE).asTable("d");
        Field<Long> line = inner.field(S_LINE.getUnqualifiedName(), Long.class);
        Field<Long> first = inner.field(firstLine.getUnqualifiedName(), Long.class);
        ctx.select(line, first).from(inner).where(line.ne(first)).orderBy(line).limit(ErrorList.SHOWN)
                .forEach(r -> errors.add(r.value1(), HistoryRows.INTERVAL_START,
                        "duplicate interval: line " + r.value2() + " has the same queue and start"));
    }

    /** Per queue in the file: its grain (given, else the most common step between starts), rows and range. */
    private List<QueuePlan> plans(HistoryOptions options, Map<String, HistoryRows.QueueZone> queues, ErrorList errors) {
        Map<Long, HistoryRows.QueueZone> byId = new HashMap<>();
        queues.values().forEach(q -> byId.put(q.id(), q));
        Field<Long> epoch = epochSeconds(S_START);
        Field<Long> step = epoch.sub(DSL.lag(epoch).over().partitionBy(S_QUEUE).orderBy(S_START)).as("step");
        var steps = ctx.select(S_QUEUE, step).from(STAGE).asTable("steps");
        Field<Long> stepQueue = steps.field(S_QUEUE.getUnqualifiedName(), Long.class);
        Field<Long> stepSeconds = steps.field(step.getUnqualifiedName(), Long.class);
        Map<Long, Long> commonStep = new HashMap<>();
        ctx.select(stepQueue, DSL.mode().withinGroupOrderBy(stepSeconds)).from(steps)
                .where(stepSeconds.gt(0L)).groupBy(stepQueue)
                .forEach(r -> commonStep.put(r.value1(), r.value2()));

        List<QueuePlan> plans = new ArrayList<>();
        ctx.select(S_QUEUE, DSL.count(), DSL.min(S_START), DSL.max(S_START), DSL.min(S_LINE))
                .from(STAGE).groupBy(S_QUEUE).orderBy(S_QUEUE)
                .forEach(r -> {
                    HistoryRows.QueueZone queue = byId.get(r.value1());
                    QueuePlan plan = new QueuePlan(queue.id(), queue.code(),
                            options.timeZone() != null ? options.timeZone() : queue.zone(), r.value2(), r.value3(), r.value4());
                    Long seconds = commonStep.get(queue.id());
                    if (options.grainMinutes() != null) {
                        plan.grain = options.grainMinutes();
                    } else if (seconds == null) {
                        plan.grain = storedGrain(queue.id());
                    } else if (seconds % 60 != 0 || !GRAINS.contains((int) (seconds / 60))) {
                        errors.add(r.value5(), HistoryRows.INTERVAL_START, "the intervals of queue " + queue.code()
                                + " are mostly " + seconds + " seconds apart; the grain must be 5, 6, 15, 30 or 60 minutes");
                        return;
                    } else {
                        plan.grain = (int) (seconds / 60);
                    }
                    plans.add(plan);
                });
        return plans;
    }

    /** Seconds since the epoch (of the local clock, for a timestamp without zone). */
    private static Field<Long> epochSeconds(Field<?> timestamp) {
        return DSL.extract(timestamp, DatePart.EPOCH).cast(SQLDataType.BIGINT);
    }

    /** A queue with a single row in the file keeps the grain it is stored at, or the default quarter-hour. */
    private int storedGrain(long queueId) {
        Short minutes = ctx.select(INTERVAL_HISTORY.INTERVAL_MINUTES).from(INTERVAL_HISTORY)
                .where(INTERVAL_HISTORY.QUEUE_ID.eq(queueId)).orderBy(INTERVAL_HISTORY.INTERVAL_START.desc()).limit(1)
                .fetchOne(INTERVAL_HISTORY.INTERVAL_MINUTES);
        return minutes == null ? DEFAULT_GRAIN : minutes;
    }

    /** Starts that are not a whole number of grains after local midnight. */
    private void offGrain(QueuePlan plan, ErrorList errors) {
        Field<java.time.LocalDateTime> local = DSL.function("timezone", java.time.LocalDateTime.class,
                DSL.val(plan.zone.getId()), S_START);
        Field<Long> seconds = epochSeconds(local);
        ctx.select(S_LINE, local).from(STAGE)
                .where(S_QUEUE.eq(plan.queueId))
                .and(seconds.mod(plan.grain * 60L).ne(0L))
                .orderBy(S_LINE).limit(ErrorList.SHOWN)
                .forEach(r -> errors.add(r.value1(), HistoryRows.INTERVAL_START, "starts at " + r.value2().toLocalTime()
                        + ", not on the " + plan.grain + "-minute grain of queue " + plan.code));
    }

    /** Rows that overlap stored rows of the same queue with another grain (a 15-minute row inside a stored hour). */
    private void overlaps(QueuePlan plan, ErrorList errors) {
        var h = INTERVAL_HISTORY;
        // the usual case — no stored row of another grain near the file's range — costs one index probe, not one per row
        boolean otherGrainNearby = ctx.fetchExists(h, h.QUEUE_ID.eq(plan.queueId)
                .and(h.INTERVAL_MINUTES.ne((short) plan.grain))
                .and(h.INTERVAL_START.gt(plan.first.minusMinutes(60)))
                .and(h.INTERVAL_START.lt(plan.last.plusMinutes(plan.grain))));
        if (!otherGrainNearby) {
            return;
        }
        Field<Long> storedEnd = epochSeconds(h.INTERVAL_START).add(h.INTERVAL_MINUTES.cast(SQLDataType.BIGINT).mul(60L));
        ctx.select(S_LINE, h.INTERVAL_START, h.INTERVAL_MINUTES).from(STAGE)
                .join(h).on(h.QUEUE_ID.eq(S_QUEUE)
                        // the widest stored grain is an hour, so a stored row that overlaps starts within an hour before
                        .and(h.INTERVAL_START.gt(S_START.sub(DSL.val(DayToSecond.valueOf(Duration.ofMinutes(60))))))
                        .and(h.INTERVAL_START.lt(S_START.add(DSL.val(DayToSecond.valueOf(Duration.ofMinutes(plan.grain)))))))
                .where(S_QUEUE.eq(plan.queueId))
                .and(h.INTERVAL_MINUTES.ne((short) plan.grain))
                .and(storedEnd.gt(epochSeconds(S_START)))
                .orderBy(S_LINE).limit(ErrorList.SHOWN)
                .forEach(r -> errors.add(r.value1(), HistoryRows.INTERVAL_START, "overlaps the stored " + r.value3()
                        + "-minute interval starting " + r.value2().atZoneSameInstant(plan.zone).toLocalDateTime()
                        + " of queue " + plan.code + "; this file has a " + plan.grain + "-minute grain"));
    }

    private long newRows(QueuePlan plan) {
        var h = INTERVAL_HISTORY;
        return ctx.selectCount().from(STAGE)
                .where(S_QUEUE.eq(plan.queueId))
                .andNotExists(DSL.selectOne().from(h).where(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START)))
                .fetchSingle().value1();
    }

    private long changedRows(QueuePlan plan, List<ImportChange> sample) {
        var h = INTERVAL_HISTORY;
        var differs = DSL.row(h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED, h.AHT_SECONDS, h.ASA_SECONDS,
                        h.SERVICE_LEVEL_PERCENT)
                .isDistinctFrom(DSL.row(DSL.val((short) plan.grain), S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT, S_ASA, S_SL));
        long count = ctx.selectCount().from(STAGE)
                .join(h).on(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START))
                .where(S_QUEUE.eq(plan.queueId)).and(differs)
                .fetchSingle().value1();
        int room = ImportResult.CHANGE_SAMPLE - sample.size();
        if (count > 0 && room > 0) {
            ctx.select(S_LINE, S_START, h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED, h.AHT_SECONDS,
                            S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT)
                    .from(STAGE).join(h).on(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START))
                    .where(S_QUEUE.eq(plan.queueId)).and(differs)
                    .orderBy(S_LINE).limit(room)
                    .forEach(r -> {
                        StringBuilder details = new StringBuilder();
                        Diff.field(details, "interval_minutes", r.value3() == null ? null : r.value3().intValue(), plan.grain);
                        Diff.field(details, "offered", r.value4(), r.value8());
                        Diff.field(details, "handled", r.value5(), r.value9());
                        Diff.field(details, "abandoned", r.value6(), r.value10());
                        Diff.field(details, "aht_seconds", r.value7(), r.value11());
                        if (details.isEmpty()) {
                            details.append("asa_seconds or service_level_percent");
                        }
                        sample.add(new ImportChange(r.value1(), plan.code + " "
                                + r.value2().atZoneSameInstant(plan.zone).toOffsetDateTime(),
                                ImportChange.Action.CHANGED, details.toString()));
                    });
        }
        room = ImportResult.CHANGE_SAMPLE - sample.size();
        if (plan.created > 0 && room > 0) {
            ctx.select(S_LINE, S_START).from(STAGE).where(S_QUEUE.eq(plan.queueId))
                    .andNotExists(DSL.selectOne().from(h).where(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START)))
                    .orderBy(S_LINE).limit(Math.min(room, 20))
                    .forEach(r -> sample.add(new ImportChange(r.value1(), plan.code + " "
                            + r.value2().atZoneSameInstant(plan.zone).toOffsetDateTime(), ImportChange.Action.NEW, "")));
        }
        return count;
    }

    private void upsert(QueuePlan plan) {
        var h = INTERVAL_HISTORY;
        if (plan.changed == 0) {
            // only new rows: a plain insert skips the conflict handling a first load of a year does not need
            var newRows = DSL.select(S_QUEUE, S_START, DSL.val((short) plan.grain), S_OFFERED, S_HANDLED, S_ABANDONED,
                            S_AHT, S_ASA, S_SL).from(STAGE).where(S_QUEUE.eq(plan.queueId));
            ctx.insertInto(h, h.QUEUE_ID, h.INTERVAL_START, h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED,
                            h.AHT_SECONDS, h.ASA_SECONDS, h.SERVICE_LEVEL_PERCENT)
                    .select(plan.created == plan.rows ? newRows.orderBy(S_START) : newRows.andNotExists(
                            DSL.selectOne().from(h).where(h.QUEUE_ID.eq(S_QUEUE)).and(h.INTERVAL_START.eq(S_START)))
                            .orderBy(S_START))
                    .execute();
            return;
        }
        ctx.insertInto(h, h.QUEUE_ID, h.INTERVAL_START, h.INTERVAL_MINUTES, h.OFFERED, h.HANDLED, h.ABANDONED,
                        h.AHT_SECONDS, h.ASA_SECONDS, h.SERVICE_LEVEL_PERCENT)
                .select(DSL.select(S_QUEUE, S_START, DSL.val((short) plan.grain), S_OFFERED, S_HANDLED, S_ABANDONED, S_AHT,
                        S_ASA, S_SL).from(STAGE).where(S_QUEUE.eq(plan.queueId)))
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

    /** One queue of the file and what the import does to it. */
    private static final class QueuePlan {
        final long queueId;
        final String code;
        final ZoneId zone;
        final long rows;
        final OffsetDateTime first;
        final OffsetDateTime last;
        int grain;
        long created;
        long changed;

        QueuePlan(long queueId, String code, ZoneId zone, long rows, OffsetDateTime first, OffsetDateTime last) {
            this.queueId = queueId;
            this.code = code;
            this.zone = zone;
            this.rows = rows;
            this.first = first.atZoneSameInstant(zone).toOffsetDateTime();
            this.last = last.atZoneSameInstant(zone).toOffsetDateTime();
        }
    }

    /** Counts characters read, for a progress figure against the file's size. */
    private static final class CountingReader extends java.io.FilterReader {
        private long count;

        CountingReader(Reader in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws java.io.IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

}
