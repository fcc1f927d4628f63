package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

import dev.frontline.shared.text.Phrase;

/**
 * Double-seasonal Holt-Winters (Taylor 2003, J. Oper. Res. Soc. 54:799–805), multiplicative, at interval level:
 * a level l, an intraday index d(s) and a weekly index w(weekday, s), updated interval by interval:
 * <pre>
 *   l_t = α·y_t/(d·w) + (1−α)·l_{t−1};  d(s) ← δ·y_t/(l_t·w) + (1−δ)·d(s);  w(wd,s) ← ω·y_t/(l_t·d) + (1−ω)·w(wd,s)
 *   ŷ = l_T · d(s) · w(wd, s)
 * </pre>
 * Seasonal states are indexed by the calendar (slot, weekday) rather than by a fixed lag, so closed days and holidays
 * are gaps that simply do not update them. Our forecasts run one to several weeks ahead from an origin, so α, δ, ω
 * minimise the squared error of forecasts made with the level frozen at the start of each week (horizon-matched
 * estimation) rather than Taylor's one-step error, which rewards a level that chases intraday noise; Taylor's AR(1)
 * error term serves only within-day updating and is left out. The optimiser is BOBYQA (commons-math3) in [0, 1].
 */
final class DoubleSeasonalHoltWintersMethod implements ForecastMethod {

    private static final int WINDOW_WEEKS = 16;
    private static final int INIT_WEEKS = 2;
    private static final double TINY = 1e-6;

    @Override
    public String name() {
        return ForecastMethods.DOUBLE_SEASONAL_HW;
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.holt-winters", WINDOW_WEEKS);
    }

    @Override
    public MethodFit fit(TrainingHistory training, List<LocalDate> days) {
        NavigableMap<LocalDate, double[]> window = training.days().tailMap(training.origin().minusWeeks(WINDOW_WEEKS), true);
        if (window.isEmpty() || window.firstKey().plusWeeks(INIT_WEEKS + 1).isAfter(training.origin())) {
            throw new MethodNotApplicableException(Phrase.of("forecast.na.weeks", name(), INIT_WEEKS + 1));
        }
        int[] active = activeSlots(window);
        List<LocalDate> dates = new ArrayList<>(window.keySet());
        double[][] y = new double[dates.size()][];
        for (int i = 0; i < y.length; i++) {
            double[] v = window.get(dates.get(i));
            y[i] = new double[active.length];
            for (int k = 0; k < active.length; k++) {
                y[i][k] = v[active[k]];
            }
        }
        State init = State.initial(dates, y, window.firstKey().plusWeeks(INIT_WEEKS));
        PointValuePair best = new BOBYQAOptimizer(7, 0.15, 1e-4).optimize(new MaxEval(400),
                new ObjectiveFunction(p -> init.copy().run(dates, y, p)), GoalType.MINIMIZE,
                new InitialGuess(new double[] {0.05, 0.05, 0.05}), new SimpleBounds(new double[3], new double[] {1, 1, 1}));
        double[] p = best.getPoint();
        State fitted = init.copy();
        fitted.run(dates, y, p);
        double[][] out = new double[days.size()][training.slots()];
        for (int i = 0; i < days.size(); i++) {
            DayOfWeek wd = days.get(i).getDayOfWeek();
            if (!fitted.seen[wd.ordinal()]) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.no-weekday", name(), wd));
            }
            for (int k = 0; k < active.length; k++) {
                out[i][active[k]] = Math.max(0, fitted.level * fitted.daily[k] * fitted.weekly[wd.ordinal()][k]);
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("alpha", String.format("%.3f", p[0]));
        params.put("delta", String.format("%.3f", p[1]));
        params.put("omega", String.format("%.3f", p[2]));
        params.put("level", String.format("%.2f", fitted.level));
        params.put("windowDays", String.valueOf(dates.size()));
        return new MethodFit(out, params);
    }

    private static int[] activeSlots(NavigableMap<LocalDate, double[]> window) {
        int slots = window.firstEntry().getValue().length;
        boolean[] any = new boolean[slots];
        for (double[] v : window.values()) {
            for (int s = 0; s < slots; s++) {
                any[s] |= v[s] > 0;
            }
        }
        return java.util.stream.IntStream.range(0, slots).filter(s -> any[s]).toArray();
    }

    /** Level and seasonal indices; copied for every objective evaluation so runs never share state. */
    private static final class State {
        double level;
        double[] daily;
        double[][] weekly;
        boolean[] seen = new boolean[7];
        int firstRunDay;

        static State initial(List<LocalDate> dates, double[][] y, LocalDate initEnd) {
            int n = y[0].length;
            State s = new State();
            s.daily = new double[n];
            s.weekly = new double[7][n];
            int initDays = 0;
            double levelSum = 0;
            double[][] weekdaySum = new double[7][n];
            int[] weekdayCount = new int[7];
            while (initDays < dates.size() && dates.get(initDays).isBefore(initEnd)) {
                double mean = 0;
                for (double v : y[initDays]) {
                    mean += v / n;
                }
                levelSum += mean;
                int wd = dates.get(initDays).getDayOfWeek().ordinal();
                weekdayCount[wd]++;
                for (int k = 0; k < n; k++) {
                    s.daily[k] += y[initDays][k];
                    weekdaySum[wd][k] += y[initDays][k];
                }
                initDays++;
            }
            s.level = Math.max(levelSum / initDays, TINY);
            double dailyMean = 0;
            for (int k = 0; k < n; k++) {
                dailyMean += s.daily[k] / n;
            }
            for (int k = 0; k < n; k++) {
                s.daily[k] = dailyMean > 0 ? s.daily[k] / dailyMean : 1;
            }
            for (int wd = 0; wd < 7; wd++) {
                for (int k = 0; k < n; k++) {
                    double expected = s.level * s.daily[k];
                    s.weekly[wd][k] = weekdayCount[wd] > 0 && expected > TINY ? weekdaySum[wd][k] / weekdayCount[wd] / expected : 1;
                }
                s.seen[wd] = weekdayCount[wd] > 0;
            }
            s.firstRunDay = initDays;
            return s;
        }

        State copy() {
            State c = new State();
            c.level = level;
            c.daily = daily.clone();
            c.weekly = new double[7][];
            for (int wd = 0; wd < 7; wd++) {
                c.weekly[wd] = weekly[wd].clone();
            }
            c.seen = seen.clone();
            c.firstRunDay = firstRunDay;
            return c;
        }

        /** Runs the recursions from the end of the initialisation period; returns the SSE of week-start-level forecasts. */
        double run(List<LocalDate> dates, double[][] y, double[] p) {
            double alpha = p[0];
            double delta = p[1];
            double omega = p[2];
            double sse = 0;
            double weekStartLevel = level;
            for (int i = firstRunDay; i < y.length; i++) {
                int wd = dates.get(i).getDayOfWeek().ordinal();
                if (i > firstRunDay && (wd <= dates.get(i - 1).getDayOfWeek().ordinal()
                        || dates.get(i - 1).plusDays(7).isBefore(dates.get(i)))) {
                    weekStartLevel = level;
                }
                double[] w = weekly[wd];
                seen[wd] = true;
                for (int k = 0; k < y[i].length; k++) {
                    double seasonal = daily[k] * w[k];
                    double e = y[i][k] - weekStartLevel * seasonal;
                    sse += e * e;
                    if (seasonal > TINY) {
                        level = alpha * y[i][k] / seasonal + (1 - alpha) * level;
                    }
                    level = Math.max(level, TINY);
                    if (w[k] > TINY) {
                        daily[k] = delta * y[i][k] / (level * w[k]) + (1 - delta) * daily[k];
                    }
                    if (daily[k] > TINY) {
                        w[k] = omega * y[i][k] / (level * daily[k]) + (1 - omega) * w[k];
                    }
                }
            }
            return sse;
        }
    }
}
