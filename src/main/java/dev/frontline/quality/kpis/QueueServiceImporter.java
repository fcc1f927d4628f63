package dev.frontline.quality.kpis;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.imports.ImportChange;
import dev.frontline.imports.ImportHandler;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.quality.kpis.persistence.QueueServiceRepository;
import dev.frontline.quality.kpis.persistence.QueueServiceRepository.QueueRef;
import dev.frontline.quality.kpis.persistence.QueueServiceRepository.ServiceRow;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvReader;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Imports the service each queue gave per interval, as an ACD or ticketing system exports it (docs/quality.md).
 * Real-time queues (voice, video, chat) carry service level, ASA and abandonment; deferred ones (email, messaging,
 * back office) the first response time, reply rate and resolution rate (and, optionally, the reply wait time). A row
 * with the other kind's measures is refused naming the rule. Starts are local times in the queue's zone (a fall-back
 * hour read in file order, a spring-forward gap refused) or carry an offset, and must lie on the interval grain.
 * Clean rows are staged through COPY and upserted at once; re-importing an interval replaces it.
 */
@Component
class QueueServiceImporter implements ImportHandler {

    static final String QUEUE = "queue";
    static final String START = "interval_start";
    static final String MINUTES = "interval_minutes";
    static final String STAFFED = "staffed_agents";
    static final String SL = "service_level_percent";
    static final String ASA = "asa_seconds";
    static final String ABANDON = "abandon_percent";
    static final String FIRST_RESPONSE = "first_response_seconds";
    static final String REPLY_WAIT = "reply_wait_seconds";
    static final String REPLY_RATE = "reply_rate_percent";
    static final String RESOLUTION = "resolution_rate_percent";

    static final List<String> COLUMNS = List.of(QUEUE, START, MINUTES, STAFFED, SL, ASA, ABANDON, FIRST_RESPONSE,
            REPLY_WAIT, REPLY_RATE, RESOLUTION);
    private static final CsvLayout LAYOUT = new CsvLayout(List.of(QUEUE, START),
            List.of(MINUTES, STAFFED, SL, ASA, ABANDON, FIRST_RESPONSE, REPLY_WAIT, REPLY_RATE, RESOLUTION));

    static final Set<Integer> GRAINS = Set.of(5, 6, 15, 30, 60);
    static final int DEFAULT_GRAIN = 15;
    static final Set<ChannelType> REAL_TIME = Set.of(ChannelType.VOICE, ChannelType.VIDEO, ChannelType.CHAT);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MAX_SECONDS = new BigDecimal("999999.99");
    private static final BigDecimal MAX_RESPONSE_SECONDS = new BigDecimal("99999999.99");
    private static final BigDecimal MAX_AGENTS = new BigDecimal("999999.99");
    private static final DateTimeFormatter LOCAL_OR_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter();

    private final QueueServiceRepository repository;
    private final AuditTrail audit;

    QueueServiceImporter(QueueServiceRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.QUEUE_SERVICE;
    }

    /** The figures belong to the ACD: imported only, and a re-import replaces the stored ones. */
    @Override
    public boolean exportable() {
        return false;
    }

    @Override
    public ImportResult run(Reader source, int maxCell, long totalBytes, boolean write, Runnable lock,
                            Progress progress, Cancellation cancellation) {
        ErrorList errors = new ErrorList();
        Rows reader = new Rows(repository.queuesByCode());
        long[] rows = new long[1];
        repository.stage(sink -> rows[0] = CsvReader.read(source, maxCell, LAYOUT, errors, line -> {
            ServiceRow row = reader.read(line);
            if (row != null && errors.isEmpty()) {
                sink.accept(row);
            }
            if ((line.line() & 4095) == 0) {
                cancellation.throwIfCancelled(AgentKpiImporter.CANCELLED);
                progress.report(0.6 * Math.min(1, (double) line.line() * 70 / Math.max(1, totalBytes)),
                        Phrase.of("jobs.progress.reading-line", line.line()));
            }
        }));
        if (!errors.isEmpty()) {
            return result(false, rows[0], 0, 0, List.of(), errors);
        }
        if (write) {
            progress.report(0.65, Phrase.of("jobs.progress.waiting-imports"));
            lock.run();
        }
        progress.report(0.7, Phrase.of("jobs.progress.comparing-rows", rows[0]));
        long created = repository.created();
        long replaced = repository.replaced();
        List<ImportChange> sample = new ArrayList<>();
        for (var r : repository.replacedSample(ImportResult.CHANGE_SAMPLE)) {
            ZoneId zone = reader.queues.get(r.queueCode()).zone();
            sample.add(new ImportChange(r.line(), r.queueCode() + " " + r.start().atZoneSameInstant(zone)
                    .toOffsetDateTime(), ImportChange.Action.CHANGED,
                    Changes.describe(r.columns(), r.stored(), r.incoming())));
        }
        cancellation.throwIfCancelled(AgentKpiImporter.CANCELLED);
        if (write && created + replaced > 0) {
            progress.report(0.8, Phrase.of("jobs.progress.writing-rows", created + replaced));
            repository.write();
            audit.record("queue_interval_service", String.join(",", reader.queuesSeen), AuditAction.IMPORT,
                    Phrase.of("audit.import.queue-service", rows[0], reader.first.toLocalDate(), reader.last.toLocalDate(),
                            created, replaced, rows[0] - created - replaced));
        }
        progress.report(1, Phrase.of("jobs.progress.rows-read", rows[0]));
        return result(write, rows[0], created, replaced, sample, errors);
    }

    private ImportResult result(boolean write, long rows, long created, long replaced, List<ImportChange> sample,
                                ErrorList errors) {
        boolean clean = errors.isEmpty();
        return new ImportResult(ImportKind.QUEUE_SERVICE, write && clean, rows, clean ? created : 0,
                clean ? replaced : 0, clean ? rows - created - replaced : 0, List.copyOf(sample), errors.shown(),
                errors.total());
    }

    /** Reads and checks rows one by one, remembering what the checks across rows need. */
    static final class Rows {
        final Map<String, QueueRef> queues;
        private final Map<Long, Map<java.time.Instant, Long>> lineOfStart = new HashMap<>();
        private final Map<String, Map<LocalDateTime, Integer>> ambiguousSeen = new HashMap<>();
        final java.util.SortedSet<String> queuesSeen = new java.util.TreeSet<>();
        OffsetDateTime first;
        OffsetDateTime last;

        Rows(Map<String, QueueRef> queues) {
            this.queues = queues;
        }

        ServiceRow read(CsvLine row) {
            QueueRef queue = queue(row);
            Integer minutes = row.raw(MINUTES).isEmpty() ? Integer.valueOf(DEFAULT_GRAIN) : row.integer(MINUTES, true);
            if (minutes != null && !GRAINS.contains(minutes)) {
                row.error(MINUTES, Phrase.of("kpis.import.interval-length", minutes));
                minutes = null;
            }
            OffsetDateTime start = queue == null ? null : start(row, queue, minutes);
            BigDecimal staffed = row.decimal(STAFFED, false, BigDecimal.ZERO, MAX_AGENTS);
            BigDecimal sl = row.decimal(SL, false, BigDecimal.ZERO, HUNDRED);
            BigDecimal asa = row.decimal(ASA, false, BigDecimal.ZERO, MAX_SECONDS);
            BigDecimal abandon = row.decimal(ABANDON, false, BigDecimal.ZERO, HUNDRED);
            BigDecimal firstResponse = row.decimal(FIRST_RESPONSE, false, BigDecimal.ZERO, MAX_RESPONSE_SECONDS);
            BigDecimal replyWait = row.decimal(REPLY_WAIT, false, BigDecimal.ZERO, MAX_RESPONSE_SECONDS);
            BigDecimal replyRate = row.decimal(REPLY_RATE, false, BigDecimal.ZERO, HUNDRED);
            BigDecimal resolution = row.decimal(RESOLUTION, false, BigDecimal.ZERO, HUNDRED);
            if (queue != null) {
                boolean realTime = REAL_TIME.contains(queue.channel());
                Phrase channel = Phrase.of("channel." + queue.channel().name());
                if (realTime) {
                    require(row, SL, sl, queue, channel, true);
                    require(row, ASA, asa, queue, channel, true);
                    require(row, ABANDON, abandon, queue, channel, true);
                    if (queue.channel() != ChannelType.CHAT) {
                        // chat is answered live but written: its response measures are allowed; voice and video have none
                        refuse(row, FIRST_RESPONSE, firstResponse, queue, channel);
                        refuse(row, REPLY_WAIT, replyWait, queue, channel);
                        refuse(row, REPLY_RATE, replyRate, queue, channel);
                        refuse(row, RESOLUTION, resolution, queue, channel);
                    }
                } else {
                    require(row, FIRST_RESPONSE, firstResponse, queue, channel, false);
                    require(row, REPLY_RATE, replyRate, queue, channel, false);
                    require(row, RESOLUTION, resolution, queue, channel, false);
                    for (var measure : List.of(java.util.Map.entry(SL, java.util.Optional.ofNullable(sl)),
                            java.util.Map.entry(ASA, java.util.Optional.ofNullable(asa)),
                            java.util.Map.entry(ABANDON, java.util.Optional.ofNullable(abandon)))) {
                        if (measure.getValue().isPresent()) {
                            row.error(measure.getKey(), Phrase.of("kpis.import.real-time-only", queue.code(),
                                    channel, measure.getKey(), List.of(FIRST_RESPONSE, REPLY_RATE, RESOLUTION)));
                        }
                    }
                }
            }
            if (queue != null && start != null && !row.hasErrors()) {
                Long firstLine = lineOfStart.computeIfAbsent(queue.id(), k -> new HashMap<>())
                        .putIfAbsent(start.toInstant(), row.line());
                if (firstLine != null) {
                    row.error(START, Phrase.of("kpis.import.interval-twice", firstLine, queue.code()));
                }
            }
            if (row.hasErrors()) {
                return null;
            }
            queuesSeen.add(queue.code());
            OffsetDateTime local = start.atZoneSameInstant(queue.zone()).toOffsetDateTime();
            first = first == null || start.isBefore(first) ? local : first;
            last = last == null || start.isAfter(last) ? local : last;
            return new ServiceRow(row.line(), queue.id(), start, minutes, AgentKpiImporter.scale(staffed),
                    AgentKpiImporter.scale(sl), AgentKpiImporter.scale(asa), AgentKpiImporter.scale(abandon),
                    AgentKpiImporter.scale(firstResponse), AgentKpiImporter.scale(replyWait),
                    AgentKpiImporter.scale(replyRate), AgentKpiImporter.scale(resolution));
        }

        private static void require(CsvLine row, String column, BigDecimal value, QueueRef queue, Phrase channel,
                                    boolean realTime) {
            if (value == null && !row.refused(column)) {
                String key = realTime ? "kpis.import.required-real-time" : "kpis.import.required-deferred";
                row.error(column, Phrase.of(key, queue.code(), channel, column));
            }
        }

        private static void refuse(CsvLine row, String column, BigDecimal value, QueueRef queue, Phrase channel) {
            if (value != null) {
                row.error(column, Phrase.of("kpis.import.not-live", queue.code(), channel, column));
            }
        }

        private QueueRef queue(CsvLine row) {
            String code = row.text(QUEUE, true);
            if (code == null) {
                return null;
            }
            QueueRef queue = queues.get(code);
            if (queue == null) {
                row.error(QUEUE, Phrase.of("imports.history.unknown-queue", CsvLine.shown(code)));
            }
            return queue;
        }

        private OffsetDateTime start(CsvLine row, QueueRef queue, Integer minutes) {
            String text = row.text(START, true);
            if (text == null) {
                return null;
            }
            TemporalAccessor parsed;
            try {
                parsed = LOCAL_OR_OFFSET.parse(text);
            } catch (DateTimeException e) {
                row.error(START, Phrase.of("kpis.import.not-date-time", CsvLine.shown(text)));
                return null;
            }
            LocalDateTime local = LocalDateTime.from(parsed);
            OffsetDateTime start;
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                start = OffsetDateTime.of(local, ZoneOffset.from(parsed));
            } else {
                ZoneId zone = queue.zone();
                List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
                if (offsets.isEmpty()) {
                    ZoneOffsetTransition gap = zone.getRules().getTransition(local);
                    row.error(START, Phrase.of("imports.history.skipped-time", CsvLine.shown(text), zone.getId(),
                            gap.getDateTimeBefore().toLocalTime().toString(),
                            gap.getDateTimeAfter().toLocalTime().toString()));
                    return null;
                }
                if (offsets.size() == 1) {
                    start = OffsetDateTime.of(local, offsets.get(0));
                } else {
                    // fall back: the first row with this local time is the earlier instant, the second the later one
                    int seen = ambiguousSeen.computeIfAbsent(queue.code(), k -> new HashMap<>())
                            .merge(local, 1, Integer::sum);
                    start = OffsetDateTime.of(local, offsets.get(Math.min(seen, 2) - 1));
                }
            }
            if (minutes != null) {
                LocalDateTime inZone = start.atZoneSameInstant(queue.zone()).toLocalDateTime();
                int minuteOfDay = inZone.getHour() * 60 + inZone.getMinute();
                if (inZone.getSecond() != 0 || inZone.getNano() != 0 || minuteOfDay % minutes != 0) {
                    row.error(START, Phrase.of("kpis.import.off-grain", inZone.toLocalTime().toString(),
                            queue.zone().getId(), minutes, MINUTES));
                    return null;
                }
            }
            return start;
        }
    }
}
