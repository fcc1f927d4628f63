package dev.frontline.attrition.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A Kaplan–Meier curve: one step per tenure at which someone left, with the number at risk, the leavers, the
 * survival after the step, Greenwood's standard error and the confidence band. Past {@code longestFollowUp}
 * (the longest tenure anyone in the group was watched to) the curve says nothing.
 */
public record SurvivalCurve(int subjects, int events, double confidence, double longestFollowUp, List<Step> steps) {

    /**
     * @param time          tenure in days
     * @param atRisk        agents employed just before {@code time}
     * @param events        agents who left at {@code time}
     * @param survival      S(t), the share still employed after {@code time}
     * @param standardError Greenwood's SE of S(t); NaN once S(t) reaches 0
     * @param lower         lower bound of the band (log transform, as R's {@code survfit} default)
     * @param upper         upper bound of the band, at most 1
     */
    public record Step(double time, int atRisk, int events, double survival, double standardError, double lower,
            double upper) {
    }

    /** S(t) at a tenure: the last step at or before it (1 before the first leaving). */
    public double survivalAt(double time) {
        double s = 1;
        for (Step step : steps) {
            if (step.time() > time) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** The median tenure: the first time S(t) falls to 0.5 or below; empty while more than half are still employed. */
    public OptionalDouble median() {
        return steps.stream().filter(s -> s.survival() <= 0.5).mapToDouble(Step::time).findFirst();
    }
}
