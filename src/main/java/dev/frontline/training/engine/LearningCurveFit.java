package dev.frontline.training.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoint;

/**
 * Fits a {@link LearningCurve} to agents' handle time by weeks since a skill start. The days are averaged per week
 * since the start (weighted by contacts), and {@code r(w) = c·(1 + a·g(w))} is fitted to the weekly means by
 * least squares weighted by the agent-days of each week (Levenberg–Marquardt, commons-math3), once with the exponential
 * and once with the power form; the form with the higher weighted R² is kept. {@code c}, the plateau, absorbs a
 * difference in level between the new agents and the experienced ones they are compared with, so the curve describes
 * the ramp only. Time constants are fitted on a log scale, so they stay positive.
 */
public final class LearningCurveFit {

    /** The weeks after a start that are read: past half a year the ramp is over in any centre. */
    public static final int WEEKS = 26;
    /** Below these the data say too little, and the configured curve is used. */
    public static final int MIN_AGENTS = 5;
    public static final int MIN_WEEKS = 6;

    /** One week's mean: the point HR sees under the curve. */
    public record WeekPoint(int week, double weeks, double relativeAht, int agentDays, int agents) {
    }

    /**
     * The fit and how good it is.
     *
     * @param plateau    {@code c}: relative AHT the agents settle at (1 = as fast as the experienced ones)
     * @param rSquared   weighted R² of the weekly means (1 = every mean on the curve)
     */
    public record Result(LearningCurve curve, double plateau, double rSquared, List<WeekPoint> points, int agents,
                         int agentDays) {

        /** The fitted relative AHT after {@code weeks}. */
        public double fittedAht(double weeks) {
            return plateau * curve.relativeAht(weeks);
        }
    }

    private LearningCurveFit() {
    }

    /** Weekly means of the observations in the first {@value #WEEKS} weeks, empty weeks left out. */
    public static List<WeekPoint> weekly(List<RampObservation> observations) {
        double[] weightedAht = new double[WEEKS];
        double[] weightedWeeks = new double[WEEKS];
        double[] weight = new double[WEEKS];
        int[] days = new int[WEEKS];
        List<Set<Long>> agents = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            agents.add(new HashSet<>());
        }
        for (RampObservation o : observations) {
            int week = o.daysSinceStart() / 7;
            if (week >= WEEKS) {
                continue;
            }
            // a day far off the centre's range is a data error (a wrong unit, a test contact), not a slow learner
            double r = Math.clamp(o.relativeAht(), 0.25, 4);
            weightedAht[week] += r * o.contacts();
            weightedWeeks[week] += o.daysSinceStart() / 7.0 * o.contacts();
            weight[week] += o.contacts();
            days[week]++;
            agents.get(week).add(o.agentId());
        }
        List<WeekPoint> points = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            if (days[week] > 0) {
                points.add(new WeekPoint(week, weightedWeeks[week] / weight[week], weightedAht[week] / weight[week],
                        days[week], agents.get(week).size()));
            }
        }
        return List.copyOf(points);
    }

    /** The better of the two forms, or empty when the data are too few or show no ramp. */
    public static Optional<Result> fit(List<RampObservation> observations) {
        List<WeekPoint> points = weekly(observations);
        Set<Long> agents = new HashSet<>();
        observations.stream().filter(o -> o.daysSinceStart() / 7 < WEEKS).forEach(o -> agents.add(o.agentId()));
        int agentDays = points.stream().mapToInt(WeekPoint::agentDays).sum();
        if (agents.size() < MIN_AGENTS || points.size() < MIN_WEEKS) {
            return Optional.empty();
        }
        Result best = null;
        for (LearningCurve.Form form : LearningCurve.Form.values()) {
            Optional<Result> result = fit(form, points, agents.size(), agentDays);
            if (result.isPresent() && (best == null || result.get().rSquared() > best.rSquared())) {
                best = result.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Result> fit(LearningCurve.Form form, List<WeekPoint> points, int agents, int agentDays) {
        List<WeightedObservedPoint> observed = points.stream()
                .map(p -> new WeightedObservedPoint(p.agentDays(), p.weeks(), p.relativeAht())).toList();
        double late = points.getLast().relativeAht();
        double early = points.getFirst().relativeAht();
        double[] start = {late, Math.max(0.05, early / late - 1),
                Math.log(form == LearningCurve.Form.EXPONENTIAL ? 4 : 1)};
        double[] p;
        try {
            p = SimpleCurveFitter.create(new Ramp(form), start).withMaxIterations(2_000).fit(observed);
        } catch (MathIllegalStateException | IllegalArgumentException | ArithmeticException failed) {
            return Optional.empty();
        }
        double shape = Math.exp(p[2]);
        if (!(p[0] > 0) || !(p[1] > 0) || !Double.isFinite(shape) || shape > 1e4) {
            return Optional.empty();
        }
        LearningCurve curve = new LearningCurve(form, p[1], shape);
        Result candidate = new Result(curve, p[0], 0, points, agents, agentDays);
        double mean = 0;
        double total = 0;
        for (WeekPoint point : points) {
            mean += point.relativeAht() * point.agentDays();
            total += point.agentDays();
        }
        mean /= total;
        double residual = 0;
        double spread = 0;
        for (WeekPoint point : points) {
            residual += point.agentDays() * Math.pow(point.relativeAht() - candidate.fittedAht(point.weeks()), 2);
            spread += point.agentDays() * Math.pow(point.relativeAht() - mean, 2);
        }
        double r2 = spread == 0 ? 0 : 1 - residual / spread;
        return Optional.of(new Result(curve, p[0], r2, points, agents, agentDays));
    }

    /** {@code c·(1 + a·g(w))} with the shape on a log scale: parameters c, a, log shape. */
    private record Ramp(LearningCurve.Form form) implements ParametricUnivariateFunction {

        @Override
        public double value(double x, double... p) {
            return p[0] * (1 + p[1] * g(x, Math.exp(p[2])));
        }

        @Override
        public double[] gradient(double x, double... p) {
            double shape = Math.exp(p[2]);
            double g = g(x, shape);
            // d g / d shape, times shape for the log scale
            double dShape = form == LearningCurve.Form.EXPONENTIAL ? g * x / (shape * shape) * shape
                    : -g * Math.log(1 + x) * shape;
            return new double[] {1 + p[1] * g, p[0] * g, p[0] * p[1] * dShape};
        }

        private double g(double x, double shape) {
            return form == LearningCurve.Form.EXPONENTIAL ? Math.exp(-x / shape) : Math.pow(1 + x, -shape);
        }
    }
}
