package dev.frontline.forecast.engine;

/**
 * Holt's exponential smoothing with an additive, optionally damped trend on a weekly series (here: log volume with
 * the annual season removed), in the error-correction form of ETS(A,Ad,N), FPP3 §8.2 and §8.7:
 * {@code ŷ(t) = l(t−1) + φ·b(t−1)}, {@code e = y(t) − ŷ(t)}, {@code l(t) = ŷ(t) + α·e}, {@code b(t) = φ·b(t−1) + β·e}.
 * Weeks without data (NaN) are skipped: the state moves on without an update. α, β, φ minimise the one-step squared
 * error over a fixed grid (φ in FPP3's advised range 0.80–0.98); the h-step variance is FPP3 Table 8.8's formula for
 * the chosen class (ETS(A,N,N), ETS(A,A,N), ETS(A,Ad,N)).
 */
final class HoltSmoothing {

    private static final double[] ALPHAS = {0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.4, 0.5, 0.65, 0.8};
    private static final double[] BETAS = {0.0005, 0.001, 0.002, 0.004, 0.007, 0.01, 0.02, 0.04, 0.07, 0.1};
    private static final double[] PHIS = {0.80, 0.85, 0.90, 0.94, 0.98};

    /** A fitted model: the parameters, the final level and slope, and the one-step error variance. */
    record Fit(LongRangeTrend trend, double alpha, double beta, double phi, double level, double slope, double sigma2,
               int observations) {

        /** The forecast {@code h} weeks after the last one: {@code l + (φ + φ² + … + φ^h)·b}. */
        double point(int h) {
            return level + damping(h) * slope;
        }

        double damping(int h) {
            if (trend == LongRangeTrend.NONE) {
                return 0;
            }
            if (phi >= 1) {
                return h;
            }
            return phi * (1 - Math.pow(phi, h)) / (1 - phi);
        }

        /** The h-step forecast variance divided by σ² (FPP3 Table 8.8). */
        double varianceFactor(int h) {
            double a = alpha;
            double b = beta;
            return switch (trend) {
                case NONE -> 1 + a * a * (h - 1);
                case LINEAR -> 1 + (h - 1) * (a * a + a * b * h + b * b * h * (2.0 * h - 1) / 6);
                case DAMPED -> {
                    double f = phi;
                    yield 1 + a * a * (h - 1)
                            + (b * f * h / ((1 - f) * (1 - f))) * (2 * a * (1 - f) + b * f)
                            - (b * f * (1 - Math.pow(f, h)) / ((1 - f) * (1 - f) * (1 - f * f)))
                            * (2 * a * (1 - f * f) + b * f * (1 + 2 * f - Math.pow(f, h)));
                }
            };
        }

        double variance(int h) {
            return sigma2 * varianceFactor(h);
        }
    }

    private HoltSmoothing() {
    }

    /** Fits the model on {@code y} (NaN = no data that week); needs at least four weeks with data. */
    static Fit fit(double[] y, LongRangeTrend trend) {
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        if (n < 4) {
            throw new IllegalArgumentException("at least four weeks with data are needed, not " + n);
        }
        double[] start = initialState(y, trend);
        double[] betas = trend == LongRangeTrend.NONE ? new double[] {0} : BETAS;
        double[] phis = switch (trend) {
            case NONE, LINEAR -> new double[] {1};
            case DAMPED -> PHIS;
        };
        double bestSse = Double.POSITIVE_INFINITY;
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double beta : betas) {
                if (beta > alpha) {
                    continue;
                }
                for (double phi : phis) {
                    double[] run = run(y, start[0], start[1], alpha, beta, phi);
                    if (run[0] < bestSse - 1e-15) {
                        bestSse = run[0];
                        int params = trend == LongRangeTrend.NONE ? 2 : trend == LongRangeTrend.LINEAR ? 4 : 5;
                        double sigma2 = run[0] / Math.max(1, (int) run[3] - params);
                        best = new Fit(trend, alpha, beta, phi, run[1], run[2], sigma2, n);
                    }
                }
            }
        }
        return best;
    }

    /** The level at the first week with data, and the mean weekly change over the first 13 weeks (0 without trend). */
    private static double[] initialState(double[] y, LongRangeTrend trend) {
        int first = -1;
        for (int t = 0; t < y.length && first < 0; t++) {
            if (!Double.isNaN(y[t])) {
                first = t;
            }
        }
        double slope = 0;
        if (trend != LongRangeTrend.NONE) {
            // least-squares slope over the first 13 weeks with data
            double st = 0, sy = 0, stt = 0, sty = 0;
            int k = 0;
            for (int t = first; t < y.length && k < 13; t++) {
                if (!Double.isNaN(y[t])) {
                    st += t;
                    sy += y[t];
                    stt += (double) t * t;
                    sty += t * y[t];
                    k++;
                }
            }
            double denominator = k * stt - st * st;
            slope = k > 2 && denominator > 0 ? (k * sty - st * sy) / denominator : 0;
        }
        return new double[] {y[first] - slope, slope};
    }

    /** @return {SSE, final level, final slope, number of scored errors} */
    private static double[] run(double[] y, double level, double slope, double alpha, double beta, double phi) {
        double sse = 0;
        int scored = 0;
        boolean started = false;
        for (double v : y) {
            double predicted = level + phi * slope;
            if (Double.isNaN(v)) {
                if (started) {
                    level = predicted;
                    slope = phi * slope;
                }
                continue;
            }
            if (!started) {
                // the first week with data sets the state, it is not scored
                started = true;
                level = v;
                continue;
            }
            double e = v - predicted;
            sse += e * e;
            scored++;
            level = predicted + alpha * e;
            slope = phi * slope + beta * e;
        }
        return new double[] {sse, level, slope, scored};
    }
}
