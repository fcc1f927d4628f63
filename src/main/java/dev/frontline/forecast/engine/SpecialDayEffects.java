package dev.frontline.forecast.engine;

import dev.frontline.shared.text.Phrase;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Effects of special days as multipliers on the ordinary forecast. A given uplift wins; otherwise the factor is the
 * mean over past days of the same kind of (actual total / typical total), where typical is the mean of ordinary
 * same-weekday totals within ±4 weeks. Re-opening days (the first open day after a closure on a normally open day)
 * are a built-in kind, because contacts that could not come in during the closure arrive then.
 */
public final class SpecialDayEffects {

    public static final String REOPENING = "reopening-after-closure";
    private static final int TYPICAL_WEEKS = 4;

    private final PreparedHistory history;
    private final Map<String, double[]> learned = new HashMap<>();

    /** Learns from special days strictly before the training history's origin. */
    public SpecialDayEffects(PreparedHistory history, TrainingHistory ordinary) {
        this.history = history;
        for (Map.Entry<LocalDate, double[]> e : history.volume().headMap(ordinary.origin(), false).entrySet()) {
            String kind = history.specialKind(e.getKey());
            if (kind == null) {
                continue;
            }
            double typical = typical(ordinary, e.getKey());
            if (typical > 0) {
                double total = 0;
                for (double v : e.getValue()) {
                    total += v;
                }
                double[] acc = learned.computeIfAbsent(kind, k -> new double[2]);
                acc[0] += total / typical;
                acc[1]++;
            }
        }
    }

    private static double typical(TrainingHistory ordinary, LocalDate day) {
        double sum = 0;
        int n = 0;
        for (int k = -TYPICAL_WEEKS; k <= TYPICAL_WEEKS; k++) {
            Double t = ordinary.totals().get(day.plusWeeks(k));
            if (k != 0 && t != null) {
                sum += t;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The effect for a forecast day, or null when the day is ordinary. */
    public DayEffect effect(LocalDate day) {
        String kind = history.specialKind(day);
        if (kind == null) {
            return null;
        }
        SpecialDay given = history.special(day);
        if (given != null && given.upliftPercent() != null) {
            return new DayEffect(kind, 1 + given.upliftPercent() / 100, Phrase.of("forecast.day.source.given",
                    given.upliftPercent() / 100));
        }
        double[] acc = learned.get(kind);
        if (acc == null) {
            return new DayEffect(kind, 1, Phrase.of("forecast.day.source.none"));
        }
        double factor = acc[0] / acc[1];
        return new DayEffect(kind, factor, Phrase.of("forecast.day.source.learned", (int) acc[1]));
    }
}
