package dev.frontline.forecast.engine;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The annual season of a weekly series as Fourier terms (harmonic regression, FPP3 §7.4 and §12.1):
 * {@code y(t) = a + c·t + Σ_{k=1..K} [s_k·sin(2πk·τ) + c_k·cos(2πk·τ)] + e}, where {@code τ} is the week's middle day
 * in years (365.2425 days), so the terms follow the calendar, not a 52-week count. The trend term only keeps a growing
 * series from being read as season; the season used is the Fourier part, which averages zero over a year. K (1–5) is
 * chosen by AICc; the variance of the season at a future week comes from the coefficients' covariance.
 */
final class AnnualSeasonality {

    static final int MAX_HARMONICS = 5;
    private static final double YEAR = 365.2425;

    private final int harmonics;
    private final double[] coefficients;
    private final double[][] seasonalCovariance;

    private AnnualSeasonality(int harmonics, double[] coefficients, double[][] seasonalCovariance) {
        this.harmonics = harmonics;
        this.coefficients = coefficients;
        this.seasonalCovariance = seasonalCovariance;
    }

    /**
     * @param y        the series (NaN = no data that week)
     * @param midDays  each week's middle day as an epoch day
     */
    static AnnualSeasonality fit(double[] y, long[] midDays) {
        AnnualSeasonality best = null;
        double bestAicc = Double.POSITIVE_INFINITY;
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        for (int k = 1; k <= MAX_HARMONICS; k++) {
            int p = 2 + 2 * k;
            if (n < p + 10) {
                break;
            }
            double[][] x = new double[n][];
            double[] ys = new double[n];
            int i = 0;
            for (int t = 0; t < y.length; t++) {
                if (Double.isNaN(y[t])) {
                    continue;
                }
                double[] row = new double[p - 1];
                row[0] = t / 52.0;
                fillHarmonics(row, 1, k, midDays[t]);
                x[i] = row;
                ys[i++] = y[t];
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            try {
                ols.newSampleData(ys, x);
                double[] beta = ols.estimateRegressionParameters();
                double sse = ols.calculateResidualSumOfSquares();
                double sigma2 = ols.estimateErrorVariance();
                double[][] v = ols.estimateRegressionParametersVariance();
                double aicc = n * Math.log(sse / n) + 2.0 * (p + 1) + 2.0 * (p + 1) * (p + 2) / Math.max(1, n - p - 2);
                if (aicc < bestAicc) {
                    bestAicc = aicc;
                    double[][] cov = new double[2 * k][2 * k];
                    for (int a = 0; a < 2 * k; a++) {
                        for (int b = 0; b < 2 * k; b++) {
                            cov[a][b] = sigma2 * v[a + 2][b + 2];
                        }
                    }
                    double[] seasonal = new double[2 * k];
                    System.arraycopy(beta, 2, seasonal, 0, 2 * k);
                    best = new AnnualSeasonality(k, seasonal, cov);
                }
            } catch (MathIllegalArgumentException singular) {
                break;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("too few weeks (" + n + ") to fit an annual season");
        }
        return best;
    }

    private static void fillHarmonics(double[] row, int offset, int k, long midDay) {
        double tau = midDay / YEAR;
        for (int j = 1; j <= k; j++) {
            row[offset + 2 * (j - 1)] = Math.sin(2 * Math.PI * j * tau);
            row[offset + 2 * (j - 1) + 1] = Math.cos(2 * Math.PI * j * tau);
        }
    }

    int harmonics() {
        return harmonics;
    }

    /** The season's effect (log scale) on the week whose middle day is {@code midDay}. */
    double at(long midDay) {
        double[] row = new double[2 * harmonics];
        fillHarmonics(row, 0, harmonics, midDay);
        double s = 0;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j] * row[j];
        }
        return s;
    }

    /** The estimation variance of {@link #at(long)}: {@code xᵀ·Cov·x}. */
    double variance(long midDay) {
        double[] row = new double[2 * harmonics];
        fillHarmonics(row, 0, harmonics, midDay);
        double v = 0;
        for (int a = 0; a < row.length; a++) {
            for (int b = 0; b < row.length; b++) {
                v += row[a] * seasonalCovariance[a][b] * row[b];
            }
        }
        return Math.max(0, v);
    }
}
