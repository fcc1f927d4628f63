package dev.frontline.quality.planactual.engine;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Shapley values of the three {@link Factor}s: a value function v(S) gives the outcome with the factors in S at their
 * actual values and the others at the plan's; each factor's share is its marginal effect averaged over the 3! = 6
 * orders in which the factors can be substituted,
 * <pre>  φ_i = Σ_{S ⊆ F∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S))</pre>
 * (weights 1/3, 1/6, 1/6, 1/3 for |S| = 0, 1, 1, 2 with n = 3). The shares add up to v(F) − v(∅) exactly
 * (efficiency), a factor that changes nothing gets 0 (null player), and equal factors get equal shares (symmetry).
 */
public final class Shapley {

    private static final List<Factor> FACTORS = List.of(Factor.values());

    private Shapley() {
    }

    /** Each factor's share of {@code v(all) − v(none)}; v is evaluated once per subset (8 times). */
    public static Map<Factor, Double> attribute(ToDoubleFunction<EnumSet<Factor>> value) {
        int n = FACTORS.size();
        double[] v = new double[1 << n];
        for (int mask = 0; mask < v.length; mask++) {
            v[mask] = value.applyAsDouble(subset(mask));
        }
        Map<Factor, Double> shares = new EnumMap<>(Factor.class);
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            double share = 0;
            for (int mask = 0; mask < v.length; mask++) {
                if ((mask & bit) != 0) {
                    continue;
                }
                int size = Integer.bitCount(mask);
                share += factorial(size) * factorial(n - size - 1) / factorial(n) * (v[mask | bit] - v[mask]);
            }
            shares.put(FACTORS.get(i), share);
        }
        return shares;
    }

    private static EnumSet<Factor> subset(int mask) {
        EnumSet<Factor> set = EnumSet.noneOf(Factor.class);
        for (int i = 0; i < FACTORS.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                set.add(FACTORS.get(i));
            }
        }
        return set;
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
