package dev.frontline.forecast.engine;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import dev.frontline.shared.text.Phrase;

/** Weighted least squares through commons-math3 OLS: rows scaled by √w, intercept carried as an explicit column. */
final class WeightedRegression {

    private WeightedRegression() {
    }

    /** @return coefficients, one per column of x (x must contain its own intercept column) */
    static double[] fit(double[][] x, double[] y, double[] weights, String model) {
        int n = y.length;
        int p = x[0].length;
        if (n < p + 3) {
            throw new MethodNotApplicableException(Phrase.of("forecast.na.too-few-days-for-coefficients", model, n, p));
        }
        double[][] xs = new double[n][p];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double r = Math.sqrt(weights[i]);
            for (int j = 0; j < p; j++) {
                xs[i][j] = x[i][j] * r;
            }
            ys[i] = y[i] * r;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        try {
            ols.newSampleData(ys, xs);
            double[] beta = ols.estimateRegressionParameters();
            for (double b : beta) {
                if (!Double.isFinite(b)) {
                    throw new MethodNotApplicableException(Phrase.of("forecast.na.no-convergence", model));
                }
            }
            return beta;
        } catch (MathIllegalArgumentException e) {
            throw new MethodNotApplicableException(Phrase.of("forecast.na.singular", model));
        }
    }

    static double predict(double[] beta, double[] row) {
        double v = 0;
        for (int j = 0; j < beta.length; j++) {
            v += beta[j] * row[j];
        }
        return v;
    }
}
