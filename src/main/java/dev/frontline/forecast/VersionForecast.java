package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.forecast.engine.AdjustedForecast;
import dev.frontline.forecast.engine.AdjustedInterval;
import dev.frontline.forecast.engine.Adjustment;
import dev.frontline.forecast.engine.IntervalForecast;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.QueueForecast;

/**
 * A saved version's model rows back on the engine's local grid, so the engine's adjustment layer and accuracy code
 * work on stored versions exactly as on a fresh forecast. The two instants of an autumn repeated hour become two
 * intervals with the same local start, which both code paths handle (an adjustment covers both; accuracy sums both
 * against the summed actuals of that local slot).
 */
final class VersionForecast {

    private final List<Instant> starts = new ArrayList<>();
    private final QueueForecast model;

    VersionForecast(ForecastQueue queue, ForecastVersionSummary version, List<StoredInterval> rows) {
        List<IntervalForecast> intervals = new ArrayList<>();
        for (StoredInterval r : rows) {
            starts.add(r.start());
            intervals.add(new IntervalForecast(LocalGrid.localDate(r.start(), queue.zone()),
                    LocalGrid.localTime(r.start(), queue.zone()), r.offered(), r.ahtSeconds() == null ? 0 : r.ahtSeconds(),
                    r.lower80(), r.upper80(), r.lower95(), r.upper95()));
        }
        // Days, explanation and scores are not needed by the adjustment layer or the accuracy code; the saved
        // version keeps them in its own tables.
        this.model = new QueueForecast(queue.code(), IntervalGrain.ofMinutes(version.grainMinutes()), intervals, List.of(),
                null, List.of());
    }

    QueueForecast model() {
        return model;
    }

    static Adjustment toEngine(StoredAdjustment a) {
        if (a.wholeDay()) {
            return new Adjustment(a.date(), null, null, a.type(), a.amount(), a.reason());
        }
        // 00:00 as an end means midnight at the end of the day; the engine compares start times, so "before the
        // last instant of the day" selects the same intervals.
        LocalTime to = a.to().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : a.to();
        return new Adjustment(a.date(), a.from(), to, a.type(), a.amount(), a.reason());
    }

    AdjustedForecast adjusted(List<StoredAdjustment> adjustments) {
        return AdjustedForecast.apply(model, adjustments.stream().map(VersionForecast::toEngine).toList());
    }

    List<ForecastPoint> points(AdjustedForecast adjusted) {
        List<ForecastPoint> points = new ArrayList<>();
        List<AdjustedInterval> rows = adjusted.intervals();
        for (int i = 0; i < rows.size(); i++) {
            AdjustedInterval row = rows.get(i);
            points.add(new ForecastPoint(starts.get(i), row.model().date(), row.model().start(), row.model(),
                    row.adjusted(), row.reasons()));
        }
        return points;
    }
}
