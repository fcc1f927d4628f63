package dev.frontline.attrition.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier (product-limit) estimator with delayed entry:
 * <pre>
 *   S(t) = Π_{t_i ≤ t} (1 − d_i / n_i)
 *   Var S(t) = S(t)² · Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i))          (Greenwood)
 *   band: S(t) · exp(± z · sqrt(Σ d_i / (n_i (n_i − d_i))))          (log transform, capped at 1)
 * </pre>
 * where n_i counts the agents followed just before t_i (entered earlier, not yet gone) and d_i those who left at t_i.
 * Written here because no maintained Java library offers it with delayed entry and Greenwood bands (see
 * docs/attrition.md).
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    public static SurvivalCurve estimate(List<Observation> observations, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Confidence must lie between 0 and 1, got " + confidence);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
        TreeSet<Double> eventTimes = new TreeSet<>();
        observations.stream().filter(Observation::event).forEach(o -> eventTimes.add(o.exit()));
        List<SurvivalCurve.Step> steps = new ArrayList<>();
        double survival = 1;
        double greenwoodSum = 0;
        for (double time : eventTimes) {
            int atRisk = 0;
            int events = 0;
            for (Observation o : observations) {
                if (o.atRiskAt(time)) {
                    atRisk++;
                    if (o.event() && o.exit() == time) {
                        events++;
                    }
                }
            }
            survival *= 1 - (double) events / atRisk;
            greenwoodSum += atRisk == events ? Double.POSITIVE_INFINITY
                    : (double) events / ((double) atRisk * (atRisk - events));
            double root = Math.sqrt(greenwoodSum);
            double standardError = Double.isInfinite(root) ? Double.NaN : survival * root;
            double lower = Double.isInfinite(root) ? 0 : survival * Math.exp(-z * root);
            double upper = Double.isInfinite(root) ? 0 : Math.min(1, survival * Math.exp(z * root));
            steps.add(new SurvivalCurve.Step(time, atRisk, events, survival, standardError, lower, upper));
        }
        int events = (int) observations.stream().filter(Observation::event).count();
        double longest = observations.stream().mapToDouble(Observation::exit).max().orElse(0);
        return new SurvivalCurve(observations.size(), events, confidence, longest, List.copyOf(steps));
    }
}
