package dev.frontline.quality.kpis.persistence;

import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.QUEUE_INTERVAL_SERVICE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.ChannelType;

/**
 * The SQL of the queue service import: the queues a row may name (channel and time zone), and the staged upsert of
 * {@link StagedUpsert} over {@code queue_interval_service} keyed by queue and interval start. Every method runs in
 * the caller's transaction.
 */
@Repository
public class QueueServiceRepository {

    /** A queue a row may name: its channel decides which measures the row must carry, its zone how local times read. */
    public record QueueRef(long id, String code, ChannelType channel, ZoneId zone) {
    }

    /** A checked row, as stored; {@code line} is the file line. */
    public record ServiceRow(long line, long queueId, OffsetDateTime intervalStart, int intervalMinutes,
            BigDecimal staffedAgents, BigDecimal serviceLevelPercent, BigDecimal asaSeconds, BigDecimal abandonPercent,
            BigDecimal firstResponseSeconds, BigDecimal replyWaitSeconds, BigDecimal replyRatePercent,
            BigDecimal resolutionRatePercent) {
    }

    /** A row of the file that replaces a stored one with other values: the queue, the start and the changed columns. */
    public record Replaced(long line, String queueCode, OffsetDateTime start, List<String> columns,
            List<String> stored, List<String> incoming) {
    }

    private static final List<String> VALUES = List.of("interval_minutes", "staffed_agents", "service_level_percent",
            "asa_seconds", "abandon_percent", "first_response_seconds", "reply_wait_seconds", "reply_rate_percent",
            "resolution_rate_percent");

    private final DSLContext ctx;
    private final StagedUpsert staged;

    QueueServiceRepository(DSLContext ctx) {
        this.ctx = ctx;
        this.staged = new StagedUpsert(ctx, QUEUE_INTERVAL_SERVICE.getName(), List.of("queue_id", "interval_start"),
                VALUES);
    }

    /** Every queue by code. */
    public Map<String, QueueRef> queuesByCode() {
        Map<String, QueueRef> queues = new HashMap<>();
        ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.CHANNEL, QUEUE.TIME_ZONE).from(QUEUE)
                .forEach(r -> queues.put(r.value2(), new QueueRef(r.value1(), r.value2(), r.value3(),
                        ZoneId.of(r.value4()))));
        return queues;
    }

    /** Stages the checked rows (the staging table lives until the transaction ends). */
    public void stage(Consumer<Consumer<ServiceRow>> rows) {
        staged.create();
        staged.copy(sink -> rows.accept(r -> sink.row(r.line(), r.queueId(), r.intervalStart(), r.intervalMinutes(),
                r.staffedAgents(), r.serviceLevelPercent(), r.asaSeconds(), r.abandonPercent(),
                r.firstResponseSeconds(), r.replyWaitSeconds(), r.replyRatePercent(), r.resolutionRatePercent())));
    }

    public long created() {
        return staged.created();
    }

    public long replaced() {
        return staged.replaced();
    }

    /** The first replaced rows by line, with the columns that change. */
    public List<Replaced> replacedSample(int limit) {
        return staged.replacedSample(List.of("(select q.code from queue q where q.id = s.queue_id)",
                "to_char(s.interval_start at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"), limit).stream()
                .map(r -> {
                    List<String> columns = new ArrayList<>();
                    List<String> stored = new ArrayList<>();
                    List<String> incoming = new ArrayList<>();
                    for (int i = 0; i < VALUES.size(); i++) {
                        if (!Objects.equals(r.stored().get(i), r.incoming().get(i))) {
                            columns.add(VALUES.get(i));
                            stored.add(r.stored().get(i));
                            incoming.add(r.incoming().get(i));
                        }
                    }
                    return new Replaced(r.line(), r.key().get(0), OffsetDateTime.parse(r.key().get(1)), columns,
                            stored, incoming);
                }).toList();
    }

    public int write() {
        return staged.write();
    }
}
