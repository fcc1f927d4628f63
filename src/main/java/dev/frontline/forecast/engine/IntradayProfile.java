package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.frontline.shared.text.Phrase;

/**
 * Intraday shares per weekday: a weighted mean of recent same-weekday shares (weight 0.9 per week of age),
 * shrunk 30 % toward the all-weekday profile so a noisy weekday borrows strength from the others.
 */
public final class IntradayProfile {

    static final int WEEKS = 12;
    static final double DECAY_PER_WEEK = 0.9;
    static final double SHRINKAGE = 0.3;

    private IntradayProfile() {
    }

    public static Phrase describe() {
        return Phrase.of("forecast.formula.profile", SHRINKAGE, DECAY_PER_WEEK, WEEKS);
    }

    /** Shares summing to 1 over the slots for a weekday. */
    public static double[] shares(TrainingHistory training, DayOfWeek weekday) {
        double[] own = weightedShares(training, training.recentSameWeekday(weekday, WEEKS));
        double[] all = weightedShares(training, training.recentDays(WEEKS * training.openWeekdays().size()));
        if (own == null) {
            if (all == null) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.no-profile-days"));
            }
            return all;
        }
        double[] out = new double[own.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = (1 - SHRINKAGE) * own[s] + SHRINKAGE * all[s];
        }
        return out;
    }

    private static double[] weightedShares(TrainingHistory training, List<LocalDate> days) {
        if (days.isEmpty()) {
            return null;
        }
        double[] out = new double[training.slots()];
        double weights = 0;
        LocalDate newest = days.get(0);
        for (LocalDate d : days) {
            double total = training.total(d);
            if (total <= 0) {
                continue;
            }
            double w = Math.pow(DECAY_PER_WEEK, ChronoUnit.DAYS.between(d, newest) / 7.0);
            double[] v = training.days().get(d);
            for (int s = 0; s < out.length; s++) {
                out[s] += w * v[s] / total;
            }
            weights += w;
        }
        if (weights <= 0) {
            return null;
        }
        for (int s = 0; s < out.length; s++) {
            out[s] /= weights;
        }
        return out;
    }
}
