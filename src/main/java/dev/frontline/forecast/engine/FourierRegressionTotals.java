package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import dev.frontline.shared.text.Phrase;

/**
 * Multi-seasonal regression (harmonic regression, FPP §10.5 / §12.1): log Y(d) = a + b_w + Σ_k monthly Fourier
 * pairs over the position in the month (K=2, bill and pay cycles) + Σ_k annual Fourier pairs (K=3, only with two
 * years of history). Holidays, events and re-openings are handled by {@link SpecialDayEffects}, not as columns,
 * so every method treats them the same way.
 */
final class FourierRegressionTotals implements DailyTotalsModel {

    private static final int MONTHLY_TERMS = 2;
    private static final int ANNUAL_TERMS = 3;
    private static final int WINDOW_WEEKS = 52;
    private static final int ANNUAL_WINDOW_WEEKS = 156;
    private static final int MIN_DAYS_FOR_ANNUAL = 730;
    private static final int MIN_TRAINING_DAYS = 25;

    @Override
    public String name() {
        return "fourier-regression";
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.fourier", MONTHLY_TERMS, ANNUAL_TERMS, WINDOW_WEEKS);
    }

    @Override
    public Totals fit(TrainingHistory training, List<LocalDate> days) {
        if (training.size() < MIN_TRAINING_DAYS) {
            throw new MethodNotApplicableException(Phrase.of("forecast.na.few-days", name(), MIN_TRAINING_DAYS));
        }
        boolean annual = ChronoUnit.DAYS.between(training.firstDay(), training.origin()) >= MIN_DAYS_FOR_ANNUAL;
        NavigableMap<LocalDate, Double> window = training.totals()
                .tailMap(training.origin().minusWeeks(annual ? ANNUAL_WINDOW_WEEKS : WINDOW_WEEKS), true);
        WeekdayDesign design = new WeekdayDesign(window.keySet());
        int base = design.columns();
        int p = base + 2 * MONTHLY_TERMS + (annual ? 2 * ANNUAL_TERMS : 0);
        double[][] x = new double[window.size()][p];
        double[] y = new double[window.size()];
        double[] w = new double[window.size()];
        int i = 0;
        for (Map.Entry<LocalDate, Double> e : window.entrySet()) {
            row(design, e.getKey(), base, annual, x[i]);
            y[i] = Math.log(Math.max(e.getValue(), 1));
            w[i] = 1;
            i++;
        }
        double[] beta = WeightedRegression.fit(x, y, w, name());
        double[] out = new double[days.size()];
        double[] r = new double[p];
        for (int d = 0; d < days.size(); d++) {
            if (!design.covers(days.get(d), window.keySet())) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.no-weekday", name(), days.get(d).getDayOfWeek()));
            }
            row(design, days.get(d), base, annual, r);
            out[d] = Math.exp(WeightedRegression.predict(beta, r));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("monthlyTerms", String.valueOf(MONTHLY_TERMS));
        params.put("annualTerms", annual ? String.valueOf(ANNUAL_TERMS) : "0 (less than two years of history)");
        params.put("windowDays", String.valueOf(window.size()));
        for (int k = 0; k < MONTHLY_TERMS; k++) {
            double amp = Math.hypot(beta[base + 2 * k], beta[base + 2 * k + 1]);
            params.put("monthlyAmplitude" + (k + 1), String.format("%.1f%%", 100 * amp));
        }
        return new Totals(out, params);
    }

    private static void row(WeekdayDesign design, LocalDate day, int base, boolean annual, double[] row) {
        design.fill(day, row);
        double m = (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth();
        for (int k = 1; k <= MONTHLY_TERMS; k++) {
            row[base + 2 * (k - 1)] = Math.sin(2 * Math.PI * k * m);
            row[base + 2 * (k - 1) + 1] = Math.cos(2 * Math.PI * k * m);
        }
        if (annual) {
            double a = (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
            int off = base + 2 * MONTHLY_TERMS;
            for (int k = 1; k <= ANNUAL_TERMS; k++) {
                row[off + 2 * (k - 1)] = Math.sin(2 * Math.PI * k * a);
                row[off + 2 * (k - 1) + 1] = Math.cos(2 * Math.PI * k * a);
            }
        }
    }
}
