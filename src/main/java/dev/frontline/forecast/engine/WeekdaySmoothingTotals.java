package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import dev.frontline.shared.text.Phrase;

/**
 * Simple exponential smoothing of weekday-adjusted daily totals (FPP §8.1 applied to Y(d)/f(w)), with robust
 * multiplicative weekday factors f(w): the median over recent complete weeks of a day's share of its week mean.
 * The smoothing constant is fitted by minimising one-step-ahead squared error with Brent's method.
 */
final class WeekdaySmoothingTotals implements DailyTotalsModel {

    private static final int WINDOW_WEEKS = 26;
    private static final int FACTOR_WEEKS = 8;

    @Override
    public String name() {
        return "weekday-smoothing";
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.smoothing", WINDOW_WEEKS, FACTOR_WEEKS);
    }

    @Override
    public Totals fit(TrainingHistory training, List<LocalDate> days) {
        if (training.size() < 10) {
            throw new MethodNotApplicableException(Phrase.of("forecast.na.few-days", name(), 10));
        }
        NavigableMap<LocalDate, Double> window = training.totals().tailMap(training.origin().minusWeeks(WINDOW_WEEKS), true);
        Map<DayOfWeek, Double> factors = weekdayFactors(training);
        double[] x = new double[window.size()];
        int i = 0;
        for (Map.Entry<LocalDate, Double> e : window.entrySet()) {
            x[i++] = e.getValue() / factors.get(e.getKey().getDayOfWeek());
        }
        UnivariatePointValuePair best = new BrentOptimizer(1e-6, 1e-9).optimize(new MaxEval(200),
                new UnivariateObjectiveFunction(a -> oneStepSse(x, a)), GoalType.MINIMIZE, new SearchInterval(0.01, 0.99));
        double alpha = best.getPoint();
        double level = smooth(x, alpha);
        double[] out = new double[days.size()];
        for (int d = 0; d < days.size(); d++) {
            Double f = factors.get(days.get(d).getDayOfWeek());
            if (f == null) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.no-weekday", name(), days.get(d).getDayOfWeek()));
            }
            out[d] = level * f;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("alpha", String.format("%.3f", alpha));
        params.put("level", String.format("%.1f", level));
        factors.forEach((w, f) -> params.put("factor." + w, String.format("%.3f", f)));
        return new Totals(out, params);
    }

    private static double smooth(double[] x, double alpha) {
        double level = initialLevel(x);
        for (double v : x) {
            level = alpha * v + (1 - alpha) * level;
        }
        return level;
    }

    private static double oneStepSse(double[] x, double alpha) {
        double level = initialLevel(x);
        double sse = 0;
        for (double v : x) {
            sse += (v - level) * (v - level);
            level = alpha * v + (1 - alpha) * level;
        }
        return sse;
    }

    private static double initialLevel(double[] x) {
        int n = Math.min(5, x.length);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        return s / n;
    }

    /** Weekday factors normalised to mean 1 over the open weekdays. */
    static Map<DayOfWeek, Double> weekdayFactors(TrainingHistory training) {
        Map<LocalDate, List<LocalDate>> weeks = new TreeMap<>();
        for (LocalDate d : training.totals().tailMap(training.origin().minusWeeks(FACTOR_WEEKS), true).keySet()) {
            weeks.computeIfAbsent(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new ArrayList<>()).add(d);
        }
        int open = training.openWeekdays().size();
        Map<DayOfWeek, List<Double>> ratios = new EnumMap<>(DayOfWeek.class);
        for (List<LocalDate> week : weeks.values()) {
            if (week.size() < open) {
                continue;
            }
            double mean = week.stream().mapToDouble(training::total).average().orElse(0);
            for (LocalDate d : week) {
                ratios.computeIfAbsent(d.getDayOfWeek(), w -> new ArrayList<>()).add(training.total(d) / mean);
            }
        }
        Map<DayOfWeek, Double> factors = new EnumMap<>(DayOfWeek.class);
        if (ratios.size() < open) {
            // No complete week: fall back to each weekday's mean total over the overall mean.
            double overall = training.totals().values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            Map<DayOfWeek, double[]> acc = new EnumMap<>(DayOfWeek.class);
            training.totals().forEach((d, t) -> {
                double[] a = acc.computeIfAbsent(d.getDayOfWeek(), w -> new double[2]);
                a[0] += t;
                a[1]++;
            });
            acc.forEach((w, a) -> factors.put(w, a[0] / a[1] / overall));
        } else {
            Median median = new Median();
            ratios.forEach((w, r) -> factors.put(w, median.evaluate(r.stream().mapToDouble(Double::doubleValue).toArray())));
        }
        double mean = factors.values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
        factors.replaceAll((w, f) -> Math.max(f / mean, 1e-6));
        return factors;
    }
}
