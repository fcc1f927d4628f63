package dev.frontline.imports.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.text.Phrase;

/**
 * Turns rows of an ACD interval export into checked intervals with an instant start. Times are ISO local date-times in
 * the import's time zone (the queue's own unless one is given), or carry their offset. Across DST: a local time the
 * clocks skip (spring forward) is refused; a local time that occurs twice (fall back) without an offset is taken in
 * file order — its first row is the earlier instant, its second the later — so a fall-back day has 100 quarter-hours.
 */
public final class HistoryRows {

    public static final String INTERVAL_START = "interval_start";
    public static final String QUEUE = "queue";
    public static final String OFFERED = "offered";
    public static final String HANDLED = "handled";
    public static final String ABANDONED = "abandoned";
    public static final String AHT = "aht_seconds";
    public static final String ASA = "asa_seconds";
    public static final String SERVICE_LEVEL = "service_level_percent";

    public static final List<String> COLUMNS = List.of(INTERVAL_START, QUEUE, OFFERED, HANDLED, ABANDONED, AHT, ASA,
            SERVICE_LEVEL);

    private static final BigDecimal MAX_SECONDS = new BigDecimal("999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DateTimeFormatter LOCAL_OR_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter();

    /** A queue rows may name: its id and the time zone local times are read in. */
    public record QueueZone(long id, String code, ZoneId zone) {
    }

    /** A checked row: the queue, the interval's instant and its counts. */
    public record Interval(long line, long queueId, OffsetDateTime start, int offered, int handled, int abandoned,
            BigDecimal ahtSeconds, BigDecimal asaSeconds, BigDecimal serviceLevelPercent) {
    }

    private final Map<String, QueueZone> queues;
    private final QueueZone fixedQueue;
    private final ZoneId zoneOverride;
    private final Map<String, Map<LocalDateTime, Integer>> ambiguousSeen = new HashMap<>();

    /**
     * @param queues       every queue by code
     * @param fixedQueue   the queue every row must belong to (given on the command line or in the request), or null
     * @param zoneOverride the time zone of local times instead of each queue's own, or null
     */
    public HistoryRows(Map<String, QueueZone> queues, QueueZone fixedQueue, ZoneId zoneOverride) {
        this.queues = queues;
        this.fixedQueue = fixedQueue;
        this.zoneOverride = zoneOverride;
    }

    /** The layout: the queue column may be left out when the import names its queue. */
    public CsvLayout layout() {
        return fixedQueue == null
                ? new CsvLayout(List.of(INTERVAL_START, QUEUE, OFFERED, HANDLED, ABANDONED, AHT), List.of(ASA, SERVICE_LEVEL))
                : new CsvLayout(List.of(INTERVAL_START, OFFERED, HANDLED, ABANDONED, AHT), List.of(QUEUE, ASA, SERVICE_LEVEL));
    }

    /** The checked interval, or null when the row has errors (already added to the error list). */
    public Interval read(CsvLine row) {
        QueueZone queue = queue(row);
        OffsetDateTime start = queue == null ? null : start(row, queue);
        Integer offered = row.integer(OFFERED, true, 0, Integer.MAX_VALUE);
        Integer handled = row.integer(HANDLED, true, 0, Integer.MAX_VALUE);
        Integer abandoned = row.integer(ABANDONED, true, 0, Integer.MAX_VALUE);
        BigDecimal aht = row.decimal(AHT, false, BigDecimal.ZERO, MAX_SECONDS);
        BigDecimal asa = row.decimal(ASA, false, BigDecimal.ZERO, MAX_SECONDS);
        BigDecimal serviceLevel = row.decimal(SERVICE_LEVEL, false, BigDecimal.ZERO, HUNDRED);
        if (handled != null && handled > 0 && aht == null && !row.hasErrors()) {
            row.error(AHT, Phrase.of("imports.history.aht-required", handled));
        }
        if (row.hasErrors()) {
            return null;
        }
        return new Interval(row.line(), queue.id(), start, offered, handled, abandoned, aht, asa, serviceLevel);
    }

    private QueueZone queue(CsvLine row) {
        String code = row.raw(QUEUE);
        if (fixedQueue != null) {
            if (!code.isEmpty() && !code.equals(fixedQueue.code())) {
                row.error(QUEUE, Phrase.of("imports.history.other-queue", CsvLine.shown(code), fixedQueue.code()));
                return null;
            }
            return fixedQueue;
        }
        if (code.isEmpty()) {
            row.error(QUEUE, Phrase.of("imports.history.queue-required"));
            return null;
        }
        QueueZone queue = queues.get(code);
        if (queue == null) {
            row.error(QUEUE, Phrase.of("imports.history.unknown-queue", CsvLine.shown(code)));
        }
        return queue;
    }

    private OffsetDateTime start(CsvLine row, QueueZone queue) {
        String text = row.text(INTERVAL_START, true);
        if (text == null) {
            return null;
        }
        TemporalAccessor parsed;
        try {
            parsed = LOCAL_OR_OFFSET.parse(text);
        } catch (DateTimeException e) {
            row.error(INTERVAL_START, Phrase.of("imports.history.not-date-time", CsvLine.shown(text)));
            return null;
        }
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.from(parsed));
        }
        ZoneId zone = zoneOverride != null ? zoneOverride : queue.zone();
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(local);
            row.error(INTERVAL_START, Phrase.of("imports.history.skipped-time", text, zone.getId(),
                    gap.getDateTimeBefore().toLocalTime().toString(), gap.getDateTimeAfter().toLocalTime().toString()));
            return null;
        }
        if (offsets.size() == 1) {
            return OffsetDateTime.of(local, offsets.get(0));
        }
        // fall back: the first row with this local time is the earlier instant, the second the later one
        int seen = ambiguousSeen.computeIfAbsent(queue.code(), k -> new HashMap<>()).merge(local, 1, Integer::sum);
        if (seen > 2) {
            row.error(INTERVAL_START, Phrase.of("imports.history.third-repeat", text, zone.getId(), seen));
            return null;
        }
        return OffsetDateTime.of(local, offsets.get(seen - 1));
    }
}
