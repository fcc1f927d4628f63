package dev.frontline.forecast.engine;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The Diebold–Mariano test (Diebold &amp; Mariano 1995) of equal forecast accuracy, one-sided: is the loss of forecast
 * A larger than that of forecast B? The loss differentials {@code d_t = L_A(t) − L_B(t)} are usually autocorrelated
 * (a level error lasts several days), so their long-run variance is the Newey–West (Bartlett kernel) estimate with
 * {@code L = ⌊4(n/100)^{2/9}⌋} lags; the statistic gets the small-sample correction of Harvey, Leybourne &amp;
 * Newbold (1997) and is compared with Student's t on n − 1 degrees of freedom.
 */
public final class DieboldMariano {

    /**
     * @param meanDifference mean of the differentials (positive: B has the lower loss)
     * @param statistic      the corrected DM statistic
     * @param pValue         one-sided p-value of "B is not better than A"
     * @param n              number of differentials
     */
    public record Result(double meanDifference, double statistic, double pValue, int n) {
    }

    private DieboldMariano() {
    }

    /** Tests whether B beats A given the loss differentials {@code d_t = L_A(t) − L_B(t)}; needs at least 3 of them. */
    public static Result test(double[] differentials) {
        int n = differentials.length;
        if (n < 3) {
            throw new IllegalArgumentException("the Diebold-Mariano test needs at least 3 loss differentials, got " + n);
        }
        double mean = 0;
        for (double d : differentials) {
            mean += d / n;
        }
        int lags = Math.min(n - 1, (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0)));
        double variance = autocovariance(differentials, mean, 0);
        for (int k = 1; k <= lags; k++) {
            variance += 2 * (1 - k / (lags + 1.0)) * autocovariance(differentials, mean, k);
        }
        if (variance <= 1e-12 * Math.max(1, mean * mean)) {
            // Identical or constant differentials: no noise, so the sign of the mean decides with certainty.
            return new Result(mean, mean > 0 ? Double.POSITIVE_INFINITY : 0, mean > 0 ? 0 : 1, n);
        }
        double dm = mean / Math.sqrt(variance / n);
        double corrected = dm * Math.sqrt((n - 1.0) / n);
        double p = 1 - new TDistribution(n - 1).cumulativeProbability(corrected);
        return new Result(mean, corrected, p, n);
    }

    private static double autocovariance(double[] d, double mean, int lag) {
        double sum = 0;
        for (int t = lag; t < d.length; t++) {
            sum += (d[t] - mean) * (d[t - lag] - mean);
        }
        return sum / d.length;
    }
}
