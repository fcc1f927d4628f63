package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * AHT per weekday and slot: the volume-weighted mean AHT of the last 8 same weekdays, falling back to the slot's
 * mean over all recent days and then to the overall mean. 0 when the history carries no AHT.
 */
final class AhtForecaster {

    static final int WEEKS = 8;

    private final PreparedHistory history;
    private final LocalDate origin;
    private final double overall;

    AhtForecaster(PreparedHistory history, LocalDate origin) {
        this.history = history;
        this.origin = origin;
        double w = 0;
        double s = 0;
        for (Map.Entry<LocalDate, double[]> e : history.aht().headMap(origin, false).entrySet()) {
            double[] vol = history.volume().get(e.getKey());
            for (int i = 0; i < vol.length; i++) {
                if (!Double.isNaN(e.getValue()[i])) {
                    s += e.getValue()[i] * vol[i];
                    w += vol[i];
                }
            }
        }
        this.overall = w > 0 ? s / w : 0;
    }

    static Phrase describe() {
        return Phrase.of("forecast.aht.weighted", WEEKS);
    }

    double[] forecast(DayOfWeek weekday) {
        int slots = history.slots();
        double[] own = weighted(weekday, slots);
        double[] any = weighted(null, slots);
        double[] out = new double[slots];
        for (int s = 0; s < slots; s++) {
            out[s] = !Double.isNaN(own[s]) ? own[s] : !Double.isNaN(any[s]) ? any[s] : overall;
        }
        return out;
    }

    private double[] weighted(DayOfWeek weekday, int slots) {
        double[] sum = new double[slots];
        double[] weight = new double[slots];
        LocalDate from = origin.minusWeeks(WEEKS);
        for (Map.Entry<LocalDate, double[]> e : history.aht().subMap(from, true, origin, false).entrySet()) {
            if (weekday != null && e.getKey().getDayOfWeek() != weekday) {
                continue;
            }
            double[] vol = history.volume().get(e.getKey());
            for (int s = 0; s < slots; s++) {
                if (!Double.isNaN(e.getValue()[s]) && vol[s] > 0) {
                    sum[s] += e.getValue()[s] * vol[s];
                    weight[s] += vol[s];
                }
            }
        }
        double[] out = new double[slots];
        for (int s = 0; s < slots; s++) {
            out[s] = weight[s] > 0 ? sum[s] / weight[s] : Double.NaN;
        }
        return out;
    }
}
