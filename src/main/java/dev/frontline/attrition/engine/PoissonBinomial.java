package dev.frontline.attrition.engine;

import java.util.List;

/**
 * The number of successes among independent trials with their own probabilities (each agent leaves or stays with
 * their own probability). The distribution is built exactly by adding one trial at a time,
 * P_k ← P_k (1 − p) + P_{k−1} p, which for a few hundred agents costs nothing and, unlike a normal approximation,
 * stays right for the two or three leavers a month of a small team.
 */
public final class PoissonBinomial {

    private final double[] probabilities;
    private final double mean;

    public PoissonBinomial(List<Double> trials) {
        double[] distribution = new double[trials.size() + 1];
        distribution[0] = 1;
        double sum = 0;
        int n = 0;
        for (double p : trials) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("A probability must lie in [0, 1], got " + p);
            }
            n++;
            for (int k = n; k >= 1; k--) {
                distribution[k] = distribution[k] * (1 - p) + distribution[k - 1] * p;
            }
            distribution[0] *= 1 - p;
            sum += p;
        }
        this.probabilities = distribution;
        this.mean = sum;
    }

    public double mean() {
        return mean;
    }

    /** The smallest k with P(X ≤ k) ≥ q. */
    public int quantile(double q) {
        double cumulative = 0;
        for (int k = 0; k < probabilities.length; k++) {
            cumulative += probabilities[k];
            if (cumulative >= q - 1e-12) {
                return k;
            }
        }
        return probabilities.length - 1;
    }
}
