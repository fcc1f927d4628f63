package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Fit on the records up to a cut-off, forecast the following months, compare with what happened:
 * <pre>
 *   error_m = forecast_m − actual_m
 *   WAPE = Σ |forecast_m − actual_m| / Σ actual_m
 * </pre>
 * The hires made after the cut-off are given to the forecast as planned hires, because a centre plans its hiring
 * classes ahead and what is tested is the attrition model, not a guess of the hiring plan; their own leavers count
 * in the actuals as they would in reality.
 */
public final class AttritionBacktest {

    private AttritionBacktest() {
    }

    public record Month(YearMonth month, double forecast, int lower, int upper, int actual) {

        public double error() {
            return forecast - actual;
        }

        public boolean covered() {
            return actual >= lower && actual <= upper;
        }
    }

    public record Result(LocalDate recordsFrom, YearMonth cutoff, List<BandHazard> fitted, List<Month> months,
            LeaverForecast.Month forecastTotal, int actualTotal) {

        public double wapePercent() {
            double actual = months.stream().mapToDouble(Month::actual).sum();
            double absolute = months.stream().mapToDouble(m -> Math.abs(m.error())).sum();
            return actual == 0 ? Double.NaN : 100 * absolute / actual;
        }

        /**
         * The WAPE a forecast of exactly the realised monthly mean λ would still score if each month's leavers were
         * Poisson with that mean: E|X − λ| / λ. With two leavers a month this is about 54 %, so a monthly WAPE is read
         * against it, not against the 10–15 % of a contact-volume forecast.
         */
        public double noiseFloorPercent() {
            double mean = months.stream().mapToDouble(Month::actual).average().orElse(0);
            if (mean <= 0) {
                return Double.NaN;
            }
            PoissonDistribution poisson = new PoissonDistribution(mean);
            double absolute = 0;
            for (int k = 0; k <= 10 * Math.ceil(mean) + 20; k++) {
                absolute += Math.abs(k - mean) * poisson.probability(k);
            }
            return 100 * absolute / mean;
        }

        public int monthsCovered() {
            return (int) months.stream().filter(Month::covered).count();
        }
    }

    /**
     * @param cutoff the first forecast month; the hazard is fitted on the records from {@code recordsFrom} to its
     *               first day
     */
    public static Result run(List<Employment> employments, LocalDate recordsFrom, YearMonth cutoff, int months) {
        LocalDate cutoffDay = cutoff.atDay(1);
        List<Employment> known = employments.stream().filter(e -> e.hireDate().isBefore(cutoffDay)).toList();
        List<BandHazard> fitted = HazardByTenure.fit(known, new FollowUp(recordsFrom, cutoffDay));
        LocalDate end = cutoff.plusMonths(months).atDay(1);
        Map<YearMonth, Integer> hiresByMonth = new TreeMap<>();
        employments.stream().filter(e -> !e.hireDate().isBefore(cutoffDay) && e.hireDate().isBefore(end))
                .forEach(e -> hiresByMonth.merge(YearMonth.from(e.hireDate()), 1, Integer::sum));
        List<AttritionForecaster.PlannedHire> plan = hiresByMonth.entrySet().stream()
                .map(h -> new AttritionForecaster.PlannedHire(h.getKey(), h.getValue(), Map.of())).toList();
        // the cut-off's active agents as they were: exits after the cut-off are not known yet
        List<Employment> asOfCutoff = known.stream()
                .map(e -> e.exitDate() != null && !e.exitDate().isBefore(cutoffDay)
                        ? new Employment(e.agentKey(), e.hireDate(), null, false, null, e.groups()) : e)
                .toList();
        LeaverForecast forecast = AttritionForecaster.forecast(asOfCutoff, fitted, cutoff, months, plan, Dimension.SITE);
        List<Month> result = new ArrayList<>();
        int actualTotal = 0;
        for (LeaverForecast.Month f : forecast.total()) {
            LocalDate from = f.month().atDay(1);
            LocalDate to = f.month().plusMonths(1).atDay(1);
            int actual = (int) employments.stream().filter(e -> e.leftWithin(from, to)).count();
            actualTotal += actual;
            result.add(new Month(f.month(), f.expected(), f.lower(), f.upper(), actual));
        }
        return new Result(recordsFrom, cutoff, fitted, List.copyOf(result), forecast.horizon(), actualTotal);
    }
}
