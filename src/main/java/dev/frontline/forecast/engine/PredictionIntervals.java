package dev.frontline.forecast.engine;

import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import dev.frontline.shared.text.Phrase;

/**
 * Empirical prediction intervals from backtest residuals e = y − ŷ. The residual variance is modelled as
 * σ²(ŷ) = a·ŷ + b·ŷ² (Poisson-like plus multiplicative noise, a, b ≥ 0, least squares on e²), and the bounds use
 * the empirical 2.5/10/90/97.5 % quantiles of the standardised residuals e/σ(ŷ), so skew is kept. With fewer than
 * 30 residuals the normal quantiles ±1.28 and ±1.96 are used instead.
 */
final class PredictionIntervals {

    private static final int MIN_RESIDUALS = 30;

    private final double a;
    private final double b;
    private final double[] z;
    private final int residuals;

    private PredictionIntervals(double a, double b, double[] z, int residuals) {
        this.a = a;
        this.b = b;
        this.z = z;
        this.residuals = residuals;
    }

    static PredictionIntervals fit(List<double[]> predicted, List<double[]> actual) {
        int n = 0;
        for (double[] p : predicted) {
            for (double v : p) {
                if (v > 0) {
                    n++;
                }
            }
        }
        double[] f = new double[n];
        double[] e = new double[n];
        int i = 0;
        for (int d = 0; d < predicted.size(); d++) {
            for (int s = 0; s < predicted.get(d).length; s++) {
                if (predicted.get(d)[s] > 0) {
                    f[i] = predicted.get(d)[s];
                    e[i] = actual.get(d)[s] - f[i];
                    i++;
                }
            }
        }
        double[] ab = varianceModel(f, e);
        if (n < MIN_RESIDUALS) {
            return new PredictionIntervals(ab[0], ab[1], new double[] {-1.96, -1.2816, 1.2816, 1.96}, n);
        }
        double[] zs = new double[n];
        for (int k = 0; k < n; k++) {
            zs[k] = e[k] / Math.sqrt(ab[0] * f[k] + ab[1] * f[k] * f[k]);
        }
        Percentile pct = new Percentile();
        pct.setData(zs);
        double[] q = {pct.evaluate(2.5), pct.evaluate(10), pct.evaluate(90), pct.evaluate(97.5)};
        return new PredictionIntervals(ab[0], ab[1], q, n);
    }

    /** Non-negative least squares of e² on (ŷ, ŷ²) by trying the full model and then each term alone. */
    private static double[] varianceModel(double[] f, double[] e) {
        if (f.length >= 5) {
            double[] e2 = new double[f.length];
            double[][] x = new double[f.length][2];
            for (int i = 0; i < f.length; i++) {
                e2[i] = e[i] * e[i];
                x[i][0] = f[i];
                x[i][1] = f[i] * f[i];
            }
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.setNoIntercept(true);
                ols.newSampleData(e2, x);
                double[] beta = ols.estimateRegressionParameters();
                if (beta[0] >= 0 && beta[1] >= 0 && beta[0] + beta[1] > 0) {
                    return beta;
                }
            } catch (RuntimeException singular) {
                // fall through to the one-term fits below
            }
            double sxy1 = 0;
            double sxx1 = 0;
            double sxy2 = 0;
            double sxx2 = 0;
            for (int i = 0; i < f.length; i++) {
                sxy1 += f[i] * e2[i];
                sxx1 += f[i] * f[i];
                sxy2 += f[i] * f[i] * e2[i];
                sxx2 += Math.pow(f[i], 4);
            }
            double a1 = sxy1 / sxx1;
            double b2 = sxy2 / sxx2;
            double sse1 = 0;
            double sse2 = 0;
            for (int i = 0; i < f.length; i++) {
                sse1 += Math.pow(e2[i] - a1 * f[i], 2);
                sse2 += Math.pow(e2[i] - b2 * f[i] * f[i], 2);
            }
            if (a1 > 0 && (sse1 <= sse2 || b2 <= 0)) {
                return new double[] {a1, 0};
            }
            if (b2 > 0) {
                return new double[] {0, b2};
            }
        }
        return new double[] {1, 0};
    }

    /** @return {lower95, lower80, upper80, upper95}, never below 0 and always around the point forecast */
    double[] bounds(double forecast) {
        if (forecast <= 0) {
            return new double[4];
        }
        double sigma = Math.sqrt(a * forecast + b * forecast * forecast);
        double lo95 = Math.max(0, Math.min(forecast, forecast + z[0] * sigma));
        double lo80 = Math.max(lo95, Math.min(forecast, forecast + z[1] * sigma));
        double hi80 = Math.max(forecast, forecast + z[2] * sigma);
        double hi95 = Math.max(hi80, forecast + z[3] * sigma);
        return new double[] {lo95, lo80, hi80, hi95};
    }

    /** How the intervals of one lead week were made, as a sentence of the bundles. */
    Phrase describe(int leadWeek) {
        return Phrase.of(residuals < MIN_RESIDUALS ? "forecast.intervals.lead-normal" : "forecast.intervals.lead", leadWeek,
                residuals, String.format(Locale.ROOT, "%.3g", a), String.format(Locale.ROOT, "%.3g", b), z[0], z[1], z[2], z[3]);
    }
}
