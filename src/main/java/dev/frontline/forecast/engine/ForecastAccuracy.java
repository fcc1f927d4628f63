package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * WAPE, bias and MASE of a used forecast against actuals. Only intervals with actuals are scored; an actual without
 * a forecast interval counts as a forecast of zero. The MASE scale is the in-sample mean absolute error of the
 * weekly seasonal naive forecast on the training history (same slot, 7 days earlier).
 */
public final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    public static AccuracyReport evaluate(String queue, List<IntervalForecast> used, List<Observation> actuals,
                                          IntervalGrain grain, List<Observation> trainingHistory) {
        if (actuals.isEmpty()) {
            throw new IllegalArgumentException("accuracy for queue '" + queue + "': no actuals given");
        }
        Map<LocalDate, Map<Integer, Double>> forecast = new HashMap<>();
        for (IntervalForecast f : used) {
            forecast.computeIfAbsent(f.date(), d -> new HashMap<>()).merge(grain.slotOf(f.start()), f.offered(), Double::sum);
        }
        Map<LocalDate, Map<Integer, Double>> actual = aggregate(actuals, grain);
        double scale = naiveScale(aggregate(trainingHistory == null ? List.of() : trainingHistory, grain));
        Acc overall = new Acc();
        Map<LocalDate, Acc> byDay = new TreeMap<>();
        Map<LocalTime, Acc> byInterval = new TreeMap<>();
        actual.forEach((day, slots) -> slots.forEach((slot, y) -> {
            double f = forecast.getOrDefault(day, Map.of()).getOrDefault(slot, 0.0);
            overall.add(y, f);
            byDay.computeIfAbsent(day, d -> new Acc()).add(y, f);
            byInterval.computeIfAbsent(grain.startOf(slot), t -> new Acc()).add(y, f);
        }));
        Map<LocalDate, AccuracyMetrics> days = new TreeMap<>();
        byDay.forEach((d, a) -> days.put(d, a.metrics(scale)));
        Map<LocalTime, AccuracyMetrics> slots = new TreeMap<>();
        byInterval.forEach((t, a) -> slots.put(t, a.metrics(scale)));
        String note = scale > 0 ? String.format("MASE scale %.3f = mean |y(t) − y(t − 1 week)| over the training history", scale)
                : "MASE not available: the training history has no pair of intervals one week apart";
        return new AccuracyReport(queue, overall.metrics(scale), days, slots, scale, note);
    }

    private static Map<LocalDate, Map<Integer, Double>> aggregate(List<Observation> rows, IntervalGrain grain) {
        Map<LocalDate, Map<Integer, Double>> out = new TreeMap<>();
        for (Observation o : rows) {
            out.computeIfAbsent(o.date(), d -> new TreeMap<>()).merge(grain.slotOf(o.start()), o.offered(), Double::sum);
        }
        return out;
    }

    private static double naiveScale(Map<LocalDate, Map<Integer, Double>> history) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<LocalDate, Map<Integer, Double>> e : history.entrySet()) {
            Map<Integer, Double> lag = history.get(e.getKey().minusWeeks(1));
            if (lag == null) {
                continue;
            }
            for (Map.Entry<Integer, Double> s : e.getValue().entrySet()) {
                Double prev = lag.get(s.getKey());
                if (prev != null) {
                    sum += Math.abs(s.getValue() - prev);
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static final class Acc {
        double abs;
        double signed;
        double actual;
        double forecast;
        int n;

        void add(double y, double f) {
            abs += Math.abs(y - f);
            signed += f - y;
            actual += y;
            forecast += f;
            n++;
        }

        AccuracyMetrics metrics(double scale) {
            OptionalDouble wape = actual > 0 ? OptionalDouble.of(100 * abs / actual) : OptionalDouble.empty();
            OptionalDouble bias = actual > 0 ? OptionalDouble.of(100 * signed / actual) : OptionalDouble.empty();
            OptionalDouble mase = scale > 0 && n > 0 ? OptionalDouble.of(abs / n / scale) : OptionalDouble.empty();
            return new AccuracyMetrics(wape, bias, mase, actual, forecast, n);
        }
    }
}
