package dev.frontline.forecast.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A pure layer over a model forecast: the model view stays exactly as the engine produced it, and the adjusted view
 * is computed from it and the planner's adjustments, applied in order. Bounds move with the volume (scaled by the
 * same ratio, or shifted by the added amount where the model volume was zero).
 */
public record AdjustedForecast(QueueForecast model, List<Adjustment> adjustments, List<AdjustedInterval> intervals) {

    public AdjustedForecast {
        adjustments = List.copyOf(adjustments);
        intervals = List.copyOf(intervals);
    }

    public static AdjustedForecast apply(QueueForecast model, List<Adjustment> adjustments) {
        List<IntervalForecast> current = new ArrayList<>(model.intervals());
        List<List<String>> reasons = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            reasons.add(new ArrayList<>());
        }
        for (Adjustment a : adjustments) {
            List<Integer> hit = new ArrayList<>();
            double total = 0;
            for (int i = 0; i < current.size(); i++) {
                if (a.covers(current.get(i))) {
                    hit.add(i);
                    total += current.get(i).offered();
                }
            }
            if (hit.isEmpty()) {
                throw new IllegalArgumentException("adjustment " + a.describe() + " matches no forecast interval of queue '" + model.queue() + "'");
            }
            for (int i : hit) {
                IntervalForecast f = current.get(i);
                double target = switch (a.type()) {
                    case PERCENT -> f.offered() * (1 + a.value() / 100);
                    case ABSOLUTE -> Math.max(0, f.offered() + a.value() * (total > 0 ? f.offered() / total : 1.0 / hit.size()));
                };
                current.set(i, moveTo(f, target));
                reasons.get(i).add(a.describe());
            }
        }
        List<AdjustedInterval> out = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            out.add(new AdjustedInterval(model.intervals().get(i), current.get(i), reasons.get(i)));
        }
        return new AdjustedForecast(model, adjustments, out);
    }

    private static IntervalForecast moveTo(IntervalForecast f, double target) {
        if (f.offered() > 0) {
            return f.scaled(target / f.offered());
        }
        return new IntervalForecast(f.date(), f.start(), target, f.ahtSeconds(), f.lower80() + target, f.upper80() + target,
                f.lower95() + target, f.upper95() + target);
    }

    /** The adjusted view as plain interval forecasts. */
    public List<IntervalForecast> adjustedIntervals() {
        return intervals.stream().map(AdjustedInterval::adjusted).toList();
    }

    public double modelTotal() {
        return intervals.stream().mapToDouble(i -> i.model().offered()).sum();
    }

    public double adjustedTotal() {
        return intervals.stream().mapToDouble(i -> i.adjusted().offered()).sum();
    }
}
