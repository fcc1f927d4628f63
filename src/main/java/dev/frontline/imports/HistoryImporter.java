package dev.frontline.imports;

import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.imports.csv.HistoryRows;
import dev.frontline.imports.persistence.HistoryStageRepository.ChangedRow;
import dev.frontline.imports.persistence.HistoryStageRepository.StagedQueue;
import dev.frontline.imports.persistence.HistoryStageRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.csv.CsvReader;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Imports an ACD interval export. Rows are checked one by one while the file streams into a temporary staging table
 * (PostgreSQL COPY, so 700,000 rows never sit in memory); the checks across rows — duplicates, the grain, starts off
 * the grain, overlap with stored rows of another grain — then run as SQL that returns line numbers; finally one
 * upsert per queue writes only rows that are new or differ. The caller's transaction makes it all-or-nothing. The SQL
 * lives in {@link HistoryStageRepository}; this class reads the file, turns what the SQL finds into
 * {@code line N, column C: reason} errors and decides per queue.
 */
@Component
class HistoryImporter {

    static final Set<Integer> GRAINS = Set.of(5, 6, 15, 30, 60);
    private static final int DEFAULT_GRAIN = 15;

    private final HistoryStageRepository stage;
    private final AuditTrail audit;

    HistoryImporter(HistoryStageRepository stage, AuditTrail audit) {
        this.stage = stage;
        this.audit = audit;
    }

    /**
     * Reads, checks and — when {@code write} and the file is clean — stores the history. A commit takes the history
     * import lock ({@code lock}, held to the end of the caller's transaction) once the file is staged and before it is
     * compared with the stored rows, so two commits over the same intervals run one after the other and the second's
     * changes are measured against what the first wrote.
     */
    ImportResult run(Reader source, int maxCell, long totalBytes, HistoryOptions options, boolean write, Runnable lock,
                     Progress progress, Cancellation cancellation) {
        ErrorList errors = new ErrorList();
        Map<String, HistoryRows.QueueZone> queues = stage.queues();
        HistoryRows.QueueZone fixed = null;
        if (options.queueCode() != null) {
            fixed = queues.get(options.queueCode());
            if (fixed == null) {
                errors.add(0, "queue", Phrase.of("imports.history.unknown-given-queue", options.queueCode()));
                return result(write, 0, 0, 0, List.of(), errors);
            }
        }
        if (options.grainMinutes() != null && !GRAINS.contains(options.grainMinutes())) {
            errors.add(0, "grain", Phrase.of("imports.history.grain", options.grainMinutes()));
            return result(write, 0, 0, 0, List.of(), errors);
        }
        HistoryRows rows = new HistoryRows(queues, fixed, options.timeZone());
        stage.createStage();
        CountingReader counting = new CountingReader(source);
        long rowCount = stage.copyIntoStage(sink -> CsvReader.read(counting, maxCell, rows.layout(), errors, row -> {
            HistoryRows.Interval interval = rows.read(row);
            if (interval != null) {
                sink.accept(interval);
            }
            if ((row.line() & 1023) == 0) {
                cancellation.throwIfCancelled(ImportService.CANCELLED);
                if (totalBytes > 0) {
                    progress.report(0.7 * Math.min(1, (double) counting.count() / totalBytes),
                            Phrase.of("jobs.progress.reading-line", row.line()));
                }
            }
        }));
        cancellation.throwIfCancelled(ImportService.CANCELLED);
        stage.indexStage();
        if (write) {
            progress.report(0.72, Phrase.of("jobs.progress.waiting-imports"));
            lock.run();
        }
        progress.report(0.75, Phrase.of("jobs.progress.checking-rows", rowCount));

        duplicates(errors);
        List<QueuePlan> plans = plans(options, queues, errors);
        for (QueuePlan plan : plans) {
            offGrain(plan, errors);
            overlaps(plan, errors);
        }
        cancellation.throwIfCancelled(ImportService.CANCELLED);
        progress.report(0.85, Phrase.of("jobs.progress.comparing-history"));

        long created = 0;
        long changed = 0;
        List<ImportChange> sample = new ArrayList<>();
        for (QueuePlan plan : plans) {
            plan.created = stage.newRows(plan.queueId);
            plan.changed = changedRows(plan, sample);
            created += plan.created;
            changed += plan.changed;
        }
        long staged = plans.stream().mapToLong(p -> p.rows).sum();
        if (errors.isEmpty() && write) {
            for (QueuePlan plan : plans) {
                if (plan.created + plan.changed > 0) {
                    stage.write(plan.queueId, plan.grain, plan.changed > 0, plan.created == plan.rows);
                    audit.record("interval_history", plan.code, AuditAction.IMPORT, Phrase.of("audit.import.history",
                            plan.rows, plan.first.toLocalDate(), plan.last.toLocalDate(), plan.grain, plan.created,
                            plan.changed, plan.rows - plan.created - plan.changed));
                }
                cancellation.throwIfCancelled(ImportService.CANCELLED);
            }
        }
        progress.report(1, Phrase.of("jobs.progress.rows-read", rowCount));
        return result(write, rowCount, created, changed, sample, errors, staged);
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

    /** Every row after the first with the same queue and start. */
    private void duplicates(ErrorList errors) {
        for (var duplicate : stage.duplicates(ErrorList.SHOWN)) {
            errors.add(duplicate.line(), HistoryRows.INTERVAL_START,
                    Phrase.of("imports.history.duplicate", duplicate.firstLine()));
        }
    }

    /** Per queue in the file: its grain (given, else the most common step between starts), rows and range. */
    private List<QueuePlan> plans(HistoryOptions options, Map<String, HistoryRows.QueueZone> queues, ErrorList errors) {
        Map<Long, HistoryRows.QueueZone> byId = new HashMap<>();
        queues.values().forEach(q -> byId.put(q.id(), q));
        Map<Long, Long> commonStep = stage.commonSteps();

        List<QueuePlan> plans = new ArrayList<>();
        for (StagedQueue staged : stage.stagedQueues()) {
            HistoryRows.QueueZone queue = byId.get(staged.queueId());
            QueuePlan plan = new QueuePlan(queue.id(), queue.code(),
                    options.timeZone() != null ? options.timeZone() : queue.zone(), staged.rows(), staged.first(),
                    staged.last());
            Long seconds = commonStep.get(queue.id());
            if (options.grainMinutes() != null) {
                plan.grain = options.grainMinutes();
            } else if (seconds == null) {
                // a queue with a single row in the file keeps the grain it is stored at, or the default quarter-hour
                plan.grain = stage.storedGrain(queue.id()).orElse(DEFAULT_GRAIN);
            } else if (seconds % 60 != 0 || !GRAINS.contains((int) (seconds / 60))) {
                errors.add(staged.firstLine(), HistoryRows.INTERVAL_START, Phrase.of("imports.history.step", queue.code(),
                        seconds));
                continue;
            } else {
                plan.grain = (int) (seconds / 60);
            }
            plans.add(plan);
        }
        return plans;
    }

    /** Starts that are not a whole number of grains after local midnight. */
    private void offGrain(QueuePlan plan, ErrorList errors) {
        for (var off : stage.offGrain(plan.queueId, plan.zone, plan.grain, ErrorList.SHOWN)) {
            errors.add(off.line(), HistoryRows.INTERVAL_START, Phrase.of("imports.history.off-grain",
                    off.localStart().toLocalTime().toString(), plan.grain, plan.code));
        }
    }

    /** Rows that overlap stored rows of the same queue with another grain (a 15-minute row inside a stored hour). */
    private void overlaps(QueuePlan plan, ErrorList errors) {
        for (var overlap : stage.overlaps(plan.queueId, plan.grain, plan.first, plan.last, ErrorList.SHOWN)) {
            errors.add(overlap.line(), HistoryRows.INTERVAL_START, Phrase.of("imports.history.overlap",
                    overlap.storedMinutes(), overlap.storedStart().atZoneSameInstant(plan.zone).toLocalDateTime().toString(),
                    plan.code, plan.grain));
        }
    }

    private long changedRows(QueuePlan plan, List<ImportChange> sample) {
        long count = stage.changedRows(plan.queueId, plan.grain);
        int room = ImportResult.CHANGE_SAMPLE - sample.size();
        if (count > 0 && room > 0) {
            for (ChangedRow r : stage.changedRowSample(plan.queueId, plan.grain, room)) {
                StringBuilder details = new StringBuilder();
                Diff.field(details, "interval_minutes", r.storedMinutes() == null ? null : r.storedMinutes().intValue(),
                        plan.grain);
                Diff.field(details, "offered", r.storedOffered(), r.offered());
                Diff.field(details, "handled", r.storedHandled(), r.handled());
                Diff.field(details, "abandoned", r.storedAbandoned(), r.abandoned());
                Diff.field(details, "aht_seconds", r.storedAht(), r.aht());
                if (details.isEmpty()) {
                    details.append("asa_seconds or service_level_percent");
                }
                sample.add(new ImportChange(r.line(), plan.code + " "
                        + r.start().atZoneSameInstant(plan.zone).toOffsetDateTime(),
                        ImportChange.Action.CHANGED, details.toString()));
            }
        }
        room = ImportResult.CHANGE_SAMPLE - sample.size();
        if (plan.created > 0 && room > 0) {
            for (var r : stage.newRowSample(plan.queueId, Math.min(room, 20))) {
                sample.add(new ImportChange(r.line(), plan.code + " "
                        + r.start().atZoneSameInstant(plan.zone).toOffsetDateTime(), ImportChange.Action.NEW, ""));
            }
        }
        return count;
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
