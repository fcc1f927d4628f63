package dev.frontline.attrition.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The log-rank test of k groups (Mantel–Haenszel form). At each tenure t_i where anyone left, with n_i at risk and
 * d_i leavers overall, group g expects E_g += d_i · n_gi / n_i; the covariance of (O − E) adds
 * d_i (n_i − d_i) / (n_i − 1) · (n_gi/n_i) (δ_gh − n_hi/n_i). The statistic over the first k − 1 groups,
 * χ² = (O − E)ᵀ V⁻¹ (O − E), has k − 1 degrees of freedom under "the groups leave alike".
 */
public final class LogRankTest {

    private LogRankTest() {
    }

    public record GroupResult(String group, int observed, double expected) {
    }

    public record Result(List<GroupResult> groups, double chiSquare, int degreesOfFreedom, double pValue) {
    }

    public static Result test(Map<String, List<Observation>> groups) {
        if (groups.size() < 2) {
            throw new IllegalArgumentException("The log-rank test compares at least two groups, got " + groups.size());
        }
        List<String> names = new ArrayList<>(groups.keySet());
        List<List<Observation>> data = names.stream().map(groups::get).toList();
        int k = names.size();
        TreeSet<Double> times = new TreeSet<>();
        data.forEach(list -> list.stream().filter(Observation::event).forEach(o -> times.add(o.exit())));
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] covariance = new double[k][k];
        for (double time : times) {
            int[] atRisk = new int[k];
            int[] events = new int[k];
            for (int g = 0; g < k; g++) {
                for (Observation o : data.get(g)) {
                    if (o.atRiskAt(time)) {
                        atRisk[g]++;
                        if (o.event() && o.exit() == time) {
                            events[g]++;
                        }
                    }
                }
            }
            double n = 0;
            double d = 0;
            for (int g = 0; g < k; g++) {
                n += atRisk[g];
                d += events[g];
            }
            double tieFactor = n > 1 ? d * (n - d) / (n - 1) : 0;
            for (int g = 0; g < k; g++) {
                observed[g] += events[g];
                expected[g] += d * atRisk[g] / n;
                for (int h = 0; h < k; h++) {
                    double share = atRisk[g] / n;
                    covariance[g][h] += tieFactor * share * ((g == h ? 1 : 0) - atRisk[h] / n);
                }
            }
        }
        RealVector difference = new ArrayRealVector(k - 1);
        RealMatrix variance = new Array2DRowRealMatrix(k - 1, k - 1);
        for (int g = 0; g < k - 1; g++) {
            difference.setEntry(g, observed[g] - expected[g]);
            for (int h = 0; h < k - 1; h++) {
                variance.setEntry(g, h, covariance[g][h]);
            }
        }
        var solver = new LUDecomposition(variance).getSolver();
        double chiSquare = solver.isNonSingular() ? difference.dotProduct(solver.solve(difference)) : 0;
        double pValue = 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(chiSquare);
        List<GroupResult> results = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            results.add(new GroupResult(names.get(g), (int) observed[g], expected[g]));
        }
        return new Result(List.copyOf(results), chiSquare, k - 1, pValue);
    }
}
