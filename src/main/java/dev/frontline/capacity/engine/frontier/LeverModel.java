package dev.frontline.capacity.engine.frontier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted model of one measure (QA, FCR, early exits) against the levers, centred on the current plan:
 * <pre>
 *   value = level + gap · exp(−tenure/τ) + Σ_t b_t · (x_t − current_t)      (only the terms the data support)
 * </pre>
 * so {@code level} is an experienced agent's value under today's onboarding and coaching. Predictions carry the
 * standard error {@code √(x'Vx)} from the fit's cluster-robust covariance {@code V}.
 *
 * @param measure      what is modelled
 * @param enough       false when there were too few observations to fit anything: predictions are then unknown
 * @param level        the value at the current plan for an experienced agent, with its standard error
 * @param tauWeeks     the ramp's time constant chosen by least squares (0 when the model has no new-hire term)
 * @param effects      every term considered, used or not, with the reason
 * @param current      each term's value under the current plan (the centring)
 * @param used         the terms in the fit, in the order of the covariance's rows after the intercept
 * @param covariance   of (intercept, used terms)
 */
public record LeverModel(Measure measure, boolean enough, Effect level, double tauWeeks, List<Effect> effects,
        Map<Term, Double> current, List<Term> used, double[][] covariance, int observations, int agents, int cohorts) {

    public enum Measure { QA, FCR, EARLY_EXIT }

    /** A prediction with its standard error; NaN when the model could not be fitted. */
    public record Prediction(double value, double standardError) {

        public static final Prediction UNKNOWN = new Prediction(Double.NaN, Double.NaN);

        public boolean known() {
            return !Double.isNaN(value);
        }

        public double margin95() {
            return 1.96 * standardError;
        }
    }

    public LeverModel {
        effects = List.copyOf(effects);
        current = Map.copyOf(current);
        used = List.copyOf(used);
    }

    static LeverModel notEnough(Measure measure, List<Effect> effects, int observations, int agents, int cohorts) {
        return new LeverModel(measure, false, Effect.notFitted(null, Effect.Status.TOO_LITTLE_VARIATION, cohorts, 0),
                0, effects, Map.of(), List.of(), new double[0][0], observations, agents, cohorts);
    }

    public Effect effect(Term term) {
        return effects.stream().filter(e -> e.term() == term).findFirst().orElseThrow();
    }

    /**
     * The value for average covariates: {@code newness} the mean of {@code exp(−tenure/τ)} over the workforce (see
     * {@link #newness}), the others the lever values (averaged where only some agents have them).
     */
    public Prediction predict(double newness, Map<Term, Double> levers) {
        if (!enough) {
            return Prediction.UNKNOWN;
        }
        double[] x = new double[used.size() + 1];
        x[0] = 1;
        double value = level.estimate();
        for (int i = 0; i < used.size(); i++) {
            Term t = used.get(i);
            x[i + 1] = t == Term.NEW_HIRE ? newness : levers.getOrDefault(t, current.get(t)) - current.get(t);
            value += effect(t).estimate() * x[i + 1];
        }
        double variance = 0;
        for (int a = 0; a < x.length; a++) {
            for (int b = 0; b < x.length; b++) {
                variance += x[a] * covariance[a][b] * x[b];
            }
        }
        return new Prediction(value, Math.sqrt(Math.max(0, variance)));
    }

    /** How new an agent of this tenure is for this model: {@code exp(−tenure/τ)}, 0 without a new-hire term. */
    public double newness(double tenureWeeks) {
        return tauWeeks > 0 ? Math.exp(-Math.max(0, tenureWeeks) / tauWeeks) : 0;
    }

    /** The lever values of the current plan, for predictions that change nothing. */
    public static Map<Term, Double> levers(double classroom, double nesting, double coaching) {
        Map<Term, Double> m = new EnumMap<>(Term.class);
        m.put(Term.CLASSROOM_WEEKS, classroom);
        m.put(Term.NESTING_WEEKS, nesting);
        m.put(Term.COACHING_HOURS, coaching);
        return m;
    }
}
