package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;

import dev.frontline.shared.text.Phrase;

/**
 * A step change in a queue's daily level (a new product, a lost client, a routing change), found in the ordinary
 * training days of the last 26 weeks. Each day's log total minus its weekday's mean log total is a series {@code z};
 * for every split with at least two weeks on each side the mean shift is tested with a two-sample t statistic, and
 * the best split counts as a level shift when
 * <ul>
 * <li>it is significant after a Bonferroni correction for the number of splits tried ({@code p·splits < 0.001}),</li>
 * <li>it is large enough to matter to a planner ({@code |ratio − 1| ≥ 10 %}), and</li>
 * <li>a step explains the series better than a straight line does (otherwise it is growth, not a shift).</li>
 * </ul>
 *
 * @param from   the first day at the new level
 * @param ratio  new level / old level
 * @param pValue Bonferroni-corrected two-sided p-value of the split
 */
public record LevelShift(LocalDate from, double ratio, double pValue) {

    static final int WINDOW_WEEKS = 26;
    static final int MIN_SIDE_DAYS = 10;
    static final double MIN_CHANGE = 0.10;
    static final double MAX_P = 0.001;

    public Phrase describe() {
        return Phrase.of("forecast.note.level-shift", (double) Math.round(100 * (ratio - 1)), from,
                String.format(Locale.ROOT, "%.1g", pValue));
    }

    /** The most significant level shift in the training days, if there is one that passes all three tests. */
    public static Optional<LevelShift> detect(TrainingHistory training) {
        if (training.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = training.lastDay().minusWeeks(WINDOW_WEEKS);
        List<LocalDate> days = new ArrayList<>();
        List<Double> logs = new ArrayList<>();
        Map<DayOfWeek, double[]> byWeekday = new EnumMap<>(DayOfWeek.class);
        training.totals().tailMap(first, false).forEach((d, total) -> {
            if (total > 0) {
                days.add(d);
                logs.add(Math.log(total));
                double[] acc = byWeekday.computeIfAbsent(d.getDayOfWeek(), k -> new double[2]);
                acc[0] += Math.log(total);
                acc[1]++;
            }
        });
        int n = days.size();
        if (n < 2 * MIN_SIDE_DAYS) {
            return Optional.empty();
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double[] acc = byWeekday.get(days.get(i).getDayOfWeek());
            z[i] = logs.get(i) - acc[0] / acc[1];
        }
        int bestSplit = -1;
        double bestT = 0;
        double bestSse = 0;
        int splits = 0;
        for (int k = MIN_SIDE_DAYS; k <= n - MIN_SIDE_DAYS; k++) {
            if (days.get(k).toEpochDay() - days.get(0).toEpochDay() < 14 || days.get(n - 1).toEpochDay() - days.get(k).toEpochDay() < 13) {
                continue;
            }
            splits++;
            double m1 = mean(z, 0, k);
            double m2 = mean(z, k, n);
            double sse = sse(z, 0, k, m1) + sse(z, k, n, m2);
            double s2 = sse / (n - 2);
            double t = s2 <= 0 ? Double.POSITIVE_INFINITY : Math.abs(m2 - m1) / Math.sqrt(s2 * (1.0 / k + 1.0 / (n - k)));
            if (t > bestT) {
                bestT = t;
                bestSplit = k;
                bestSse = sse;
            }
        }
        if (bestSplit < 0) {
            return Optional.empty();
        }
        double ratio = Math.exp(mean(z, bestSplit, n) - mean(z, 0, bestSplit));
        double p = Double.isInfinite(bestT) ? 0 : Math.min(1, splits * 2 * (1 - new TDistribution(n - 2).cumulativeProbability(bestT)));
        if (p >= MAX_P || Math.abs(ratio - 1) < MIN_CHANGE || bestSse >= lineSse(z)) {
            return Optional.empty();
        }
        return Optional.of(new LevelShift(days.get(bestSplit), ratio, p));
    }

    private static double mean(double[] z, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += z[i];
        }
        return s / (to - from);
    }

    private static double sse(double[] z, int from, int to, double mean) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (z[i] - mean) * (z[i] - mean);
        }
        return s;
    }

    /** Residual sum of squares of a least-squares line through z against its index. */
    private static double lineSse(double[] z) {
        int n = z.length;
        double mx = (n - 1) / 2.0;
        double my = mean(z, 0, n);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (z[i] - my);
            sxx += (i - mx) * (i - mx);
        }
        double b = sxy / sxx;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double r = z[i] - my - b * (i - mx);
            s += r * r;
        }
        return s;
    }
}
