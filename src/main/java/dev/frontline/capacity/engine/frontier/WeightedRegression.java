package dev.frontline.capacity.engine.frontier;

/**
 * Weighted least squares with standard errors robust to correlation within clusters (the hire cohorts): an agent's
 * months, and the agents of one class, share whatever their class had in common, so treating each agent-month as
 * independent would claim far more certainty than a handful of cohorts can give.
 * <pre>
 *   β = (X'WX)⁻¹ X'Wy
 *   V = G/(G−1) · (X'WX)⁻¹ [Σ_g (X_g'W_g e_g)(X_g'W_g e_g)'] (X'WX)⁻¹      (G clusters, e = y − Xβ)
 * </pre>
 */
final class WeightedRegression {

    /** Coefficients and their covariance; {@code null} covariance when the design cannot be solved. */
    record Fit(double[] coefficients, double[][] covariance, double weightedSse) {

        double standardError(int i) {
            return Math.sqrt(Math.max(0, covariance[i][i]));
        }
    }

    private WeightedRegression() {
    }

    /**
     * @param x       one row of covariates per observation (include a column of ones for an intercept)
     * @param y       the observed values
     * @param w       the observations' weights (evaluations, contacts), all positive
     * @param cluster each observation's cluster index, 0 to {@code clusters − 1}
     * @return the fit, or null when X'WX is singular (a covariate without variation)
     */
    static Fit fit(double[][] x, double[] y, double[] w, int[] cluster, int clusters) {
        int k = x[0].length;
        double[][] xtwx = new double[k][k];
        double[] xtwy = new double[k];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < k; a++) {
                xtwy[a] += w[i] * x[i][a] * y[i];
                for (int b = 0; b < k; b++) {
                    xtwx[a][b] += w[i] * x[i][a] * x[i][b];
                }
            }
        }
        double[][] inverse = invert(xtwx);
        if (inverse == null) {
            return null;
        }
        double[] beta = multiply(inverse, xtwy);
        double[][] scores = new double[clusters][k];
        double sse = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i];
            for (int a = 0; a < k; a++) {
                e -= x[i][a] * beta[a];
            }
            sse += w[i] * e * e;
            for (int a = 0; a < k; a++) {
                scores[cluster[i]][a] += w[i] * x[i][a] * e;
            }
        }
        double[][] meat = new double[k][k];
        for (double[] s : scores) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    meat[a][b] += s[a] * s[b];
                }
            }
        }
        double correction = clusters > 1 ? clusters / (clusters - 1.0) : 1;
        double[][] v = multiply(multiply(inverse, meat), inverse);
        for (double[] row : v) {
            for (int b = 0; b < k; b++) {
                row[b] *= correction;
            }
        }
        return new Fit(beta, v, sse);
    }

    /** Gauss–Jordan with partial pivoting; null when a pivot vanishes relative to the matrix's scale. */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
            scale = Math.max(scale, Math.abs(m[i][i]));
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) <= 1e-10 * Math.max(scale, 1e-300)) {
                return null;
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            double p = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < v.length; j++) {
                r[i] += m[i][j] * v[j];
            }
        }
        return r;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < m; j++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }
}
