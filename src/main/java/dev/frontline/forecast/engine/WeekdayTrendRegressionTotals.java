package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import dev.frontline.shared.text.Phrase;

/**
 * Regression on recent weeks: log Y(d) = a + b_w + c·t, weighted least squares with a 4-week half-life over the last
 * 8 weeks; the slope is damped when extrapolated (φ = 0.9 per week, as in damped-trend smoothing, FPP §8.2) so a
 * long horizon does not run away.
 */
final class WeekdayTrendRegressionTotals implements DailyTotalsModel {

    private static final int WINDOW_WEEKS = 8;
    private static final double HALF_LIFE_WEEKS = 4;
    private static final double PHI = 0.9;

    @Override
    public String name() {
        return "weekday-trend-regression";
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.trend-regression", WINDOW_WEEKS, HALF_LIFE_WEEKS, PHI);
    }

    @Override
    public Totals fit(TrainingHistory training, List<LocalDate> days) {
        NavigableMap<LocalDate, Double> window = training.totals().tailMap(training.origin().minusWeeks(WINDOW_WEEKS), true);
        WeekdayDesign design = new WeekdayDesign(window.keySet());
        int p = design.columns() + 1;
        double[][] x = new double[window.size()][p];
        double[] y = new double[window.size()];
        double[] w = new double[window.size()];
        LocalDate origin = training.origin();
        int i = 0;
        for (Map.Entry<LocalDate, Double> e : window.entrySet()) {
            design.fill(e.getKey(), x[i]);
            double age = WeekdayDesign.weeksBetween(e.getKey(), origin);
            x[i][p - 1] = -age;
            y[i] = Math.log(Math.max(e.getValue(), 1));
            w[i] = Math.pow(0.5, age / HALF_LIFE_WEEKS);
            i++;
        }
        double[] beta = WeightedRegression.fit(x, y, w, name());
        double slope = beta[p - 1];
        double[] out = new double[days.size()];
        double[] row = new double[p];
        for (int d = 0; d < days.size(); d++) {
            if (!design.covers(days.get(d), window.keySet())) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.no-weekday", name(), days.get(d).getDayOfWeek()));
            }
            design.fill(days.get(d), row);
            double h = WeekdayDesign.weeksBetween(origin, days.get(d));
            // Damped slope: c·Σ_{k≤h} φ^k, continuous in h.
            row[p - 1] = PHI * (1 - Math.pow(PHI, h)) / (1 - PHI);
            out[d] = Math.exp(WeightedRegression.predict(beta, row));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("intercept", String.format("%.4f", beta[0]));
        params.put("trendPerWeek", String.format("%+.2f%%", 100 * (Math.exp(slope) - 1)));
        params.put("windowDays", String.valueOf(window.size()));
        return new Totals(out, params);
    }
}
