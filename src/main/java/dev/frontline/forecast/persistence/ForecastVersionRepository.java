package dev.frontline.forecast.persistence;

import static dev.frontline.db.Tables.FORECAST_ADJUSTMENT;
import static dev.frontline.db.Tables.FORECAST_INTERVAL;
import static dev.frontline.db.Tables.FORECAST_METHOD_SCORE;
import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.forecast.persistence.ForecastQueueRepository.decimal;
import static dev.frontline.forecast.persistence.ForecastQueueRepository.utc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.NewForecastVersion;
import dev.frontline.forecast.StoredInterval;
import dev.frontline.forecast.StoredMethodScore;
import dev.frontline.forecast.engine.SelectionDecision;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;

/** Saved forecast versions with their method scores and interval rows. */
@Repository
public class ForecastVersionRepository {

    private static final int INSERT_CHUNK = 1_000;
    private static final Field<Integer> ADJUSTMENT_COUNT = DSL.field(DSL.selectCount().from(FORECAST_ADJUSTMENT)
            .where(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID.eq(FORECAST_VERSION.ID))).as("adjustments");

    private final DSLContext ctx;

    ForecastVersionRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Inserts the version, its scores and its intervals; the caller's transaction makes it all-or-nothing. */
    public long insert(NewForecastVersion v) {
        long id = ctx.insertInto(FORECAST_VERSION)
                .set(FORECAST_VERSION.QUEUE_ID, v.queueId())
                .set(FORECAST_VERSION.CREATED_BY, v.createdBy())
                .set(FORECAST_VERSION.GRAIN_MINUTES, (short) v.grainMinutes())
                .set(FORECAST_VERSION.HORIZON_START, v.horizonStart())
                .set(FORECAST_VERSION.HORIZON_END, v.horizonEnd())
                .set(FORECAST_VERSION.HISTORY_FROM, utc(v.historyFrom()))
                .set(FORECAST_VERSION.HISTORY_TO, utc(v.historyTo()))
                .set(FORECAST_VERSION.HISTORY_INTERVALS, v.historyIntervals())
                .set(FORECAST_VERSION.METHOD, v.method())
                .set(FORECAST_VERSION.EXPLANATION, v.explanation())
                .set(FORECAST_VERSION.EXPLANATION_PHRASES, JSONB.valueOf(PhraseJson.encode(v.explanationLines())))
                .set(FORECAST_VERSION.SELECTION_CODE, v.decision().code().name())
                .set(FORECAST_VERSION.SELECTION_ARGS, v.decision().arguments().toArray(String[]::new))
                .returning(FORECAST_VERSION.ID)
                .fetchOne(FORECAST_VERSION.ID);
        for (StoredMethodScore s : v.scores()) {
            ctx.insertInto(FORECAST_METHOD_SCORE)
                    .set(FORECAST_METHOD_SCORE.FORECAST_VERSION_ID, id)
                    .set(FORECAST_METHOD_SCORE.METHOD, s.method())
                    .set(FORECAST_METHOD_SCORE.BACKTEST_WAPE, s.backtestWapePercent() == null ? null : decimal(s.backtestWapePercent(), 4))
                    .set(FORECAST_METHOD_SCORE.CHOSEN, s.chosen())
                    .set(FORECAST_METHOD_SCORE.DETAIL, s.detail())
                    .set(FORECAST_METHOD_SCORE.DETAIL_PHRASE,
                            s.detailPhrase() == null ? null : JSONB.valueOf(PhraseJson.encode(s.detailPhrase())))
                    .execute();
        }
        List<StoredInterval> rows = v.intervals();
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            var insert = ctx.insertInto(FORECAST_INTERVAL, FORECAST_INTERVAL.FORECAST_VERSION_ID, FORECAST_INTERVAL.INTERVAL_START,
                    FORECAST_INTERVAL.OFFERED, FORECAST_INTERVAL.AHT_SECONDS, FORECAST_INTERVAL.LOWER80,
                    FORECAST_INTERVAL.UPPER80, FORECAST_INTERVAL.LOWER95, FORECAST_INTERVAL.UPPER95);
            for (StoredInterval r : rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK))) {
                insert = insert.values(id, utc(r.start()), decimal(r.offered(), 3),
                        r.ahtSeconds() == null ? null : decimal(r.ahtSeconds(), 2), decimal(r.lower80(), 3),
                        decimal(r.upper80(), 3), decimal(r.lower95(), 3), decimal(r.upper95(), 3));
            }
            insert.execute();
        }
        return id;
    }

    /** The newest version of a queue before the given one, the one whose adjustments a new run carries forward. */
    public Optional<ForecastVersionSummary> previous(long queueId, long versionId) {
        return summaries(FORECAST_VERSION.QUEUE_ID.eq(queueId).and(FORECAST_VERSION.ID.lt(versionId))).stream().findFirst();
    }

    /** The versions of a queue, newest first. */
    public List<ForecastVersionSummary> versionsOf(long queueId) {
        return summaries(FORECAST_VERSION.QUEUE_ID.eq(queueId));
    }

    /** Dates a version as made at {@code madeAt} (the demo's past plans, written at start-up). */
    public void backdate(long versionId, OffsetDateTime madeAt) {
        ctx.update(FORECAST_VERSION).set(FORECAST_VERSION.CREATED_AT, madeAt)
                .where(FORECAST_VERSION.ID.eq(versionId)).execute();
    }

    public Optional<ForecastVersionSummary> find(long versionId) {
        return summaries(FORECAST_VERSION.ID.eq(versionId)).stream().findFirst();
    }

    public String explanation(long versionId) {
        return ctx.select(FORECAST_VERSION.EXPLANATION).from(FORECAST_VERSION)
                .where(FORECAST_VERSION.ID.eq(versionId)).fetchOne(FORECAST_VERSION.EXPLANATION);
    }

    /** The explanation line by line as phrases; empty for versions saved before explanations were kept as phrases. */
    public List<Phrase> explanationLines(long versionId) {
        JSONB stored = ctx.select(FORECAST_VERSION.EXPLANATION_PHRASES).from(FORECAST_VERSION)
                .where(FORECAST_VERSION.ID.eq(versionId)).fetchOne(FORECAST_VERSION.EXPLANATION_PHRASES);
        return stored == null ? List.of() : PhraseJson.decodeList(stored.data());
    }

    /** Why the selection chose the version's model; empty for versions saved before decisions were recorded. */
    public Optional<SelectionDecision> decision(long versionId) {
        return ctx.select(FORECAST_VERSION.SELECTION_CODE, FORECAST_VERSION.SELECTION_ARGS).from(FORECAST_VERSION)
                .where(FORECAST_VERSION.ID.eq(versionId).and(FORECAST_VERSION.SELECTION_CODE.isNotNull()))
                .fetchOptional(r -> SelectionDecision.of(r.value1(), List.of(r.value2())));
    }

    /** The model-comparison table: the chosen method first, then by backtest WAPE (unscored methods last). */
    public List<StoredMethodScore> scores(long versionId) {
        return ctx.select(FORECAST_METHOD_SCORE.METHOD, FORECAST_METHOD_SCORE.BACKTEST_WAPE, FORECAST_METHOD_SCORE.CHOSEN,
                        FORECAST_METHOD_SCORE.DETAIL, FORECAST_METHOD_SCORE.DETAIL_PHRASE)
                .from(FORECAST_METHOD_SCORE)
                .where(FORECAST_METHOD_SCORE.FORECAST_VERSION_ID.eq(versionId))
                .orderBy(FORECAST_METHOD_SCORE.CHOSEN.desc(), FORECAST_METHOD_SCORE.BACKTEST_WAPE.asc().nullsLast(),
                        FORECAST_METHOD_SCORE.METHOD)
                .fetch(r -> new StoredMethodScore(r.value1(), r.value2() == null ? null : r.value2().doubleValue(),
                        r.value3(), r.value4(), r.value5() == null ? null : PhraseJson.decode(r.value5().data())));
    }

    /** The model forecast rows in time order. */
    public List<StoredInterval> intervals(long versionId) {
        return ctx.select(FORECAST_INTERVAL.INTERVAL_START, FORECAST_INTERVAL.OFFERED, FORECAST_INTERVAL.AHT_SECONDS,
                        FORECAST_INTERVAL.LOWER80, FORECAST_INTERVAL.UPPER80, FORECAST_INTERVAL.LOWER95, FORECAST_INTERVAL.UPPER95)
                .from(FORECAST_INTERVAL)
                .where(FORECAST_INTERVAL.FORECAST_VERSION_ID.eq(versionId))
                .orderBy(FORECAST_INTERVAL.INTERVAL_START)
                .fetch(r -> new StoredInterval(r.value1().toInstant(), r.value2().doubleValue(),
                        r.value3() == null ? null : r.value3().doubleValue(), r.value4().doubleValue(),
                        r.value5().doubleValue(), r.value6().doubleValue(), r.value7().doubleValue()));
    }

    public int countVersions() {
        return ctx.fetchCount(FORECAST_VERSION);
    }

    private List<ForecastVersionSummary> summaries(Condition condition) {
        return ctx.select(FORECAST_VERSION.ID, FORECAST_VERSION.QUEUE_ID, QUEUE.CODE, FORECAST_VERSION.CREATED_AT,
                        FORECAST_VERSION.CREATED_BY, FORECAST_VERSION.GRAIN_MINUTES, FORECAST_VERSION.HORIZON_START,
                        FORECAST_VERSION.HORIZON_END, FORECAST_VERSION.HISTORY_FROM, FORECAST_VERSION.HISTORY_TO,
                        FORECAST_VERSION.HISTORY_INTERVALS, FORECAST_VERSION.METHOD, ADJUSTMENT_COUNT)
                .from(FORECAST_VERSION)
                .join(QUEUE).on(QUEUE.ID.eq(FORECAST_VERSION.QUEUE_ID))
                .where(condition)
                .orderBy(FORECAST_VERSION.CREATED_AT.desc(), FORECAST_VERSION.ID.desc())
                .fetch(ForecastVersionRepository::toSummary);
    }

    private static ForecastVersionSummary toSummary(Record r) {
        return new ForecastVersionSummary(r.get(FORECAST_VERSION.ID), r.get(FORECAST_VERSION.QUEUE_ID), r.get(QUEUE.CODE),
                r.get(FORECAST_VERSION.CREATED_AT), r.get(FORECAST_VERSION.CREATED_BY),
                r.get(FORECAST_VERSION.GRAIN_MINUTES), r.get(FORECAST_VERSION.HORIZON_START),
                r.get(FORECAST_VERSION.HORIZON_END), r.get(FORECAST_VERSION.HISTORY_FROM).toInstant(),
                r.get(FORECAST_VERSION.HISTORY_TO).toInstant(), r.get(FORECAST_VERSION.HISTORY_INTERVALS),
                r.get(FORECAST_VERSION.METHOD), r.get(ADJUSTMENT_COUNT));
    }
}
