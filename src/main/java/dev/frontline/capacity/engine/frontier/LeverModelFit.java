package dev.frontline.capacity.engine.frontier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a {@link LeverModel} by weighted least squares (cluster-robust by hire cohort) and keeps only what the data can
 * tell (docs/capacity.md, "The speed–quality frontier"):
 * <ul>
 *   <li>an onboarding term needs {@value #MIN_COHORTS} hire cohorts with the onboarding recorded, and at least two
 *   onboarding lengths each seen in two cohorts; a nesting length that always changed with the classroom length is
 *   confounded with it;</li>
 *   <li>the coaching term needs {@value #MIN_AGENTS} agents who received training and some who received a different
 *   amount;</li>
 *   <li>a term whose 95 % interval includes zero is dropped, the least significant first, and the model refitted;</li>
 *   <li>the new-hire ramp's time constant τ is the one of {@link #TAU_WEEKS} with the smallest squared error.</li>
 * </ul>
 * Agents whose onboarding was not recorded keep onboarding terms at zero and get a level of their own (a dummy column
 * that predictions leave out), so they inform the level and the ramp but not the onboarding effects.
 */
public final class LeverModelFit {

    public static final int MIN_OBSERVATIONS = 30;
    public static final int MIN_AGENTS = 10;
    public static final int MIN_COHORTS = 4;
    static final double[] TAU_WEEKS = {2, 3, 4, 6, 8, 12, 16};
    static final double Z95 = 1.96;
    /** Tenure below which an observation shows the new-hire ramp. */
    static final double NEW_HIRE_WEEKS = 26;

    private LeverModelFit() {
    }

    /**
     * @param current    each term's value under the current plan (the centring of the model)
     * @param candidates the terms to consider
     */
    public static LeverModel fit(LeverModel.Measure measure, List<Observation> observations, Map<Term, Double> current,
            Set<Term> candidates) {
        Map<String, Integer> cohortIndex = new LinkedHashMap<>();
        observations.forEach(o -> cohortIndex.putIfAbsent(o.cohort(), cohortIndex.size()));
        int agents = (int) observations.stream().mapToLong(Observation::agentId).distinct().count();
        Map<Term, Effect> refused = new EnumMap<>(Term.class);
        List<Term> terms = new ArrayList<>();
        for (Term t : Term.values()) {
            if (candidates.contains(t)) {
                Effect why = eligibility(t, observations, terms);
                if (why == null) {
                    terms.add(t);
                } else {
                    refused.put(t, why);
                }
            }
        }
        if (observations.size() < MIN_OBSERVATIONS || agents < MIN_AGENTS) {
            List<Effect> none = candidates.stream().sorted()
                    .map(t -> Effect.notFitted(t, t.onboarding() ? Effect.Status.TOO_FEW_COHORTS
                            : Effect.Status.TOO_LITTLE_VARIATION, 0, 0)).toList();
            return LeverModel.notEnough(measure, none, observations.size(), agents, cohortIndex.size());
        }
        double tau = terms.contains(Term.NEW_HIRE) ? bestTau(observations, current, terms, cohortIndex) : 0;
        WeightedRegression.Fit fit;
        while (true) {
            fit = regress(observations, current, terms, tau, cohortIndex);
            if (fit == null && terms.isEmpty()) {
                return LeverModel.notEnough(measure, new ArrayList<>(refused.values()), observations.size(), agents,
                        cohortIndex.size());
            }
            if (fit == null) {
                // a design that cannot be solved: the last term added carries no variation of its own
                Term last = terms.removeLast();
                refused.put(last, Effect.notFitted(last, Effect.Status.TOO_LITTLE_VARIATION, 0, 0));
                continue;
            }
            int weakest = -1;
            double weakestT = Double.POSITIVE_INFINITY;
            for (int i = 0; i < terms.size(); i++) {
                double t = Math.abs(fit.coefficients()[i + 1]) / fit.standardError(i + 1);
                if (!(t >= Z95) && !(t >= weakestT)) {
                    weakest = i;
                    weakestT = Double.isNaN(t) ? -1 : t;
                }
            }
            if (weakest < 0) {
                break;
            }
            Term dropped = terms.remove(weakest);
            refused.put(dropped, withCounts(new Effect(dropped, Effect.Status.NOT_SIGNIFICANT,
                    fit.coefficients()[weakest + 1], fit.standardError(weakest + 1), 0, 0), observations));
            if (dropped == Term.NEW_HIRE) {
                tau = 0;
            }
        }
        List<Effect> effects = new ArrayList<>();
        for (Term t : Term.values()) {
            if (!candidates.contains(t)) {
                continue;
            }
            int i = terms.indexOf(t);
            effects.add(i >= 0 ? withCounts(new Effect(t, Effect.Status.USED, fit.coefficients()[i + 1],
                    fit.standardError(i + 1), 0, 0), observations) : refused.get(t));
        }
        int k = terms.size() + 1;
        double[][] covariance = new double[k][k];
        for (int a = 0; a < k; a++) {
            System.arraycopy(fit.covariance()[a], 0, covariance[a], 0, k);
        }
        Effect level = new Effect(null, Effect.Status.USED, fit.coefficients()[0], fit.standardError(0),
                cohortIndex.size(), 0);
        return new LeverModel(measure, true, level, tau, effects, current, terms, covariance, observations.size(),
                agents, cohortIndex.size());
    }

    /** Null when the term can be fitted, else the effect saying why not. */
    private static Effect eligibility(Term t, List<Observation> observations, List<Term> accepted) {
        if (t == Term.NEW_HIRE) {
            long newHires = observations.stream().filter(o -> o.tenureWeeks() < NEW_HIRE_WEEKS)
                    .mapToLong(Observation::agentId).distinct().count();
            return newHires >= MIN_AGENTS ? null : Effect.notFitted(t, Effect.Status.TOO_LITTLE_VARIATION, 0, 0);
        }
        if (t == Term.COACHING_HOURS) {
            Set<Long> trained = new HashSet<>();
            Set<Double> values = new HashSet<>();
            for (Observation o : observations) {
                values.add(o.coachingHours());
                if (o.coachingHours() > 0) {
                    trained.add(o.agentId());
                }
            }
            return trained.size() >= MIN_AGENTS && values.size() >= 2 ? null
                    : Effect.notFitted(t, Effect.Status.TOO_LITTLE_VARIATION, 0, values.size());
        }
        Map<Double, Set<String>> cohortsByValue = new HashMap<>();
        Set<String> cohorts = new HashSet<>();
        for (Observation o : observations) {
            Double v = o.covariate(t);
            if (v != null) {
                cohortsByValue.computeIfAbsent(v, x -> new HashSet<>()).add(o.cohort());
                cohorts.add(o.cohort());
            }
        }
        long wellSeen = cohortsByValue.values().stream().filter(s -> s.size() >= 2).count();
        if (cohorts.size() < MIN_COHORTS || wellSeen < 2) {
            return Effect.notFitted(t, Effect.Status.TOO_FEW_COHORTS, cohorts.size(), cohortsByValue.size());
        }
        if (t == Term.NESTING_WEEKS && accepted.contains(Term.CLASSROOM_WEEKS) && determinedByClassroom(observations)) {
            return Effect.notFitted(t, Effect.Status.CONFOUNDED, cohorts.size(), cohortsByValue.size());
        }
        return null;
    }

    /** True when every classroom length came with a single nesting length. */
    private static boolean determinedByClassroom(List<Observation> observations) {
        Map<Double, Set<Double>> nestingByClassroom = new HashMap<>();
        observations.stream().filter(o -> o.classroomWeeks() != null && o.nestingWeeks() != null).forEach(o ->
                nestingByClassroom.computeIfAbsent(o.classroomWeeks(), x -> new HashSet<>()).add(o.nestingWeeks()));
        return nestingByClassroom.values().stream().allMatch(s -> s.size() == 1);
    }

    private static Effect withCounts(Effect e, List<Observation> observations) {
        Set<String> cohorts = new HashSet<>();
        Set<Double> values = new HashSet<>();
        for (Observation o : observations) {
            Double v = o.covariate(e.term());
            if (v != null) {
                cohorts.add(o.cohort());
                values.add(v);
            }
        }
        return new Effect(e.term(), e.status(), e.estimate(), e.standardError(), cohorts.size(),
                e.term() == Term.NEW_HIRE ? 0 : values.size());
    }

    private static double bestTau(List<Observation> observations, Map<Term, Double> current, List<Term> terms,
            Map<String, Integer> cohorts) {
        double best = TAU_WEEKS[0];
        double bestSse = Double.POSITIVE_INFINITY;
        for (double tau : TAU_WEEKS) {
            WeightedRegression.Fit fit = regress(observations, current, terms, tau, cohorts);
            if (fit != null && fit.weightedSse() < bestSse) {
                bestSse = fit.weightedSse();
                best = tau;
            }
        }
        return best;
    }

    private static WeightedRegression.Fit regress(List<Observation> observations, Map<Term, Double> current,
            List<Term> terms, double tau, Map<String, Integer> cohorts) {
        boolean onboardingTerms = terms.stream().anyMatch(Term::onboarding);
        boolean someUnknown = onboardingTerms && observations.stream().anyMatch(o -> o.classroomWeeks() == null);
        boolean someKnown = onboardingTerms && observations.stream().anyMatch(o -> o.classroomWeeks() != null);
        boolean dummy = someUnknown && someKnown;
        int k = 1 + terms.size() + (dummy ? 1 : 0);
        int n = observations.size();
        double[][] x = new double[n][k];
        double[] y = new double[n];
        double[] w = new double[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            x[i][0] = 1;
            for (int j = 0; j < terms.size(); j++) {
                Term t = terms.get(j);
                Double v = o.covariate(t);
                x[i][j + 1] = t == Term.NEW_HIRE ? Math.exp(-Math.max(0, o.tenureWeeks()) / tau)
                        : v == null ? 0 : v - current.getOrDefault(t, 0.0);
            }
            if (dummy) {
                x[i][k - 1] = o.classroomWeeks() == null ? 1 : 0;
            }
            y[i] = o.value();
            w[i] = o.weight();
            cluster[i] = cohorts.get(o.cohort());
        }
        return WeightedRegression.fit(x, y, w, cluster, cohorts.size());
    }
}
