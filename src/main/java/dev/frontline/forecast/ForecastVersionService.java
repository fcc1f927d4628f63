package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.forecast.engine.AccuracyReport;
import dev.frontline.forecast.engine.AdjustedForecast;
import dev.frontline.forecast.engine.ForecastAccuracy;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.forecast.persistence.ForecastAdjustmentRepository;
import dev.frontline.forecast.persistence.ForecastQueueRepository;
import dev.frontline.forecast.persistence.ForecastVersionRepository;

/** Reads saved forecast versions: the list per queue, one version in full, and its accuracy once actuals exist. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PLANNER')")
public class ForecastVersionService {

    /** How much history before the horizon the chart shows next to the forecast. */
    static final int RECENT_HISTORY_DAYS = 14;

    private final ForecastQueueRepository queues;
    private final ForecastVersionRepository versions;
    private final ForecastAdjustmentRepository adjustments;

    ForecastVersionService(ForecastQueueRepository queues, ForecastVersionRepository versions,
                           ForecastAdjustmentRepository adjustments) {
        this.queues = queues;
        this.versions = versions;
        this.adjustments = adjustments;
    }

    public List<ForecastQueue> queues() {
        return queues.queues();
    }

    /** The saved versions of a queue, newest first. */
    public List<ForecastVersionSummary> versions(String queueCode) {
        return versions.versionsOf(queue(queueCode).id());
    }

    /** The saved versions of a queue by its id, newest first: the forecasts staffing can compute requirements from. */
    public List<ForecastVersionSummary> versionsOf(long queueId) {
        return versions.versionsOf(queueId);
    }

    /** One saved version; empty when there is none with that id. */
    public Optional<ForecastVersionSummary> find(long versionId) {
        return versions.find(versionId);
    }

    /**
     * Dates a version as made at {@code madeAt}: the demo writes its past plans at start-up, each as the planner made
     * it before its weeks began, so plan against actual finds the plan that held then.
     */
    @Transactional
    public void backdate(long versionId, OffsetDateTime madeAt) {
        versions.backdate(versionId, madeAt);
    }

    /** The model rows of a version in time order, as the engine produced them (no planner adjustments applied). */
    public List<StoredInterval> modelIntervals(long versionId) {
        return versions.intervals(versionId);
    }

    /** The planner's adjustments of a version in the order they were made, which is the order they apply in. */
    public List<StoredAdjustment> adjustments(long versionId) {
        return adjustments.of(versionId);
    }

    public ForecastDetail open(long versionId) {
        ForecastVersionSummary version = version(versionId);
        ForecastQueue queue = queues.byId(version.queueId()).orElseThrow();
        VersionForecast forecast = new VersionForecast(queue, version, versions.intervals(versionId));
        List<StoredAdjustment> saved = adjustments.of(versionId);
        AdjustedForecast adjusted = forecast.adjusted(saved);
        Instant from = LocalGrid.startOfDay(version.horizonStart().minusDays(RECENT_HISTORY_DAYS), queue.zone());
        Instant to = LocalGrid.startOfDay(version.horizonEnd(), queue.zone());
        List<ActualPoint> history = toGrain(queues.history(queue.id(), from, to), version.grainMinutes(), queue);
        return new ForecastDetail(version, queue, versions.explanation(versionId), versions.explanationLines(versionId),
                versions.decision(versionId).orElse(null), versions.scores(versionId), saved,
                forecast.points(adjusted), history);
    }

    /**
     * WAPE, bias and MASE of the version against the actuals in its horizon (overall, per day, per time of day),
     * for the forecast that was used and for the model alone; empty while no horizon day has actuals.
     */
    public Optional<VersionAccuracy> accuracy(long versionId) {
        ForecastVersionSummary version = version(versionId);
        ForecastQueue queue = queues.byId(version.queueId()).orElseThrow();
        List<Observation> actuals = observations(queue, queues.history(queue.id(),
                LocalGrid.startOfDay(version.horizonStart(), queue.zone()), LocalGrid.startOfDay(version.horizonEnd(), queue.zone())));
        if (actuals.isEmpty()) {
            return Optional.empty();
        }
        List<Observation> training = observations(queue, queues.history(queue.id(), version.historyFrom(), version.historyTo()));
        VersionForecast forecast = new VersionForecast(queue, version, versions.intervals(versionId));
        List<StoredAdjustment> saved = adjustments.of(versionId);
        AdjustedForecast adjusted = forecast.adjusted(saved);
        IntervalGrain grain = IntervalGrain.ofMinutes(version.grainMinutes());
        AccuracyReport used = ForecastAccuracy.evaluate(queue.code(), adjusted.adjustedIntervals(), actuals, grain, training);
        AccuracyReport model = ForecastAccuracy.evaluate(queue.code(), forecast.model().intervals(), actuals, grain, training);
        return Optional.of(new VersionAccuracy(versionId, used, model, !saved.isEmpty(), actuals.get(0).date(),
                actuals.get(actuals.size() - 1).date()));
    }

    ForecastVersionSummary version(long versionId) {
        return versions.find(versionId).orElseThrow(() -> new ForecastInputException("version",
                "forecast.error.version-unknown", "no forecast version " + versionId, versionId));
    }

    private ForecastQueue queue(String code) {
        return queues.byCode(code).orElseThrow(() -> new ForecastInputException("queue", "forecast.error.queue-unknown",
                "no queue '" + code + "'", code));
    }

    private static List<Observation> observations(ForecastQueue queue, List<HistoryInterval> rows) {
        return rows.stream().map(h -> new Observation(LocalGrid.localDate(h.start(), queue.zone()),
                LocalGrid.localTime(h.start(), queue.zone()), h.offered(), h.ahtSeconds())).toList();
    }

    /** Sums history rows into slots of the grain, keeping the two passes of an autumn repeated hour apart. */
    static List<ActualPoint> toGrain(List<HistoryInterval> rows, int grainMinutes, ForecastQueue queue) {
        Map<Instant, Double> sums = new TreeMap<>();
        for (HistoryInterval h : rows) {
            sums.merge(LocalGrid.slotStart(h.start(), grainMinutes, queue.zone()), (double) h.offered(), Double::sum);
        }
        return sums.entrySet().stream().map(e -> {
            LocalDate date = LocalGrid.localDate(e.getKey(), queue.zone());
            return new ActualPoint(e.getKey(), date, LocalGrid.localTime(e.getKey(), queue.zone()), e.getValue());
        }).toList();
    }
}
