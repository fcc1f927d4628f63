package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leavers ahead from the hazard by tenure band applied to today's tenure mix. Agent i, employed on the first day of
 * the forecast, leaves in month m with
 * <pre>
 *   q_im = S_i(m) · (1 − exp(−λ_b(i,m)))      S_i(m) = Π_{m' < m} (1 − (1 − exp(−λ_b(i,m'))))
 * </pre>
 * where b(i,m) is the agent's tenure band in the middle of month m, so agents move into the calmer bands as they age.
 * A planned hire starts on the first day of its month at tenure 0 and is treated alike. The leavers of a month are the
 * sum of these independent Bernoulli draws: expected Σ q_im, interval from the exact Poisson-binomial distribution.
 * The hazard is the centre's, not the group's: a team of 12 has too few exits to fit six bands of its own, so
 * groups differ by their tenure mix only.
 */
public final class AttritionForecaster {

    public static final double LOWER_QUANTILE = 0.025;
    public static final double UPPER_QUANTILE = 0.975;

    private AttritionForecaster() {
    }

    /** A hiring class: {@code count} agents starting on the first day of {@code month} in the given groups. */
    public record PlannedHire(YearMonth month, int count, Map<Dimension, String> groups) {
    }

    public static LeaverForecast forecast(List<Employment> employments, List<BandHazard> hazards, YearMonth firstMonth,
            int months, List<PlannedHire> plannedHires, Dimension groupBy) {
        if (months < 1) {
            throw new IllegalArgumentException("Forecast at least one month, got " + months);
        }
        LocalDate start = firstMonth.atDay(1);
        List<Employment> people = new ArrayList<>();
        employments.stream().filter(e -> e.employedOn(start)).forEach(people::add);
        int active = people.size();
        int hires = 0;
        for (PlannedHire hire : plannedHires) {
            for (int i = 0; i < hire.count(); i++) {
                people.add(new Employment("planned-" + hire.month() + "-" + i, hire.month().atDay(1), null, false, null,
                        hire.groups()));
                hires++;
            }
        }
        double[][] leaving = new double[people.size()][months];
        double[] leavingWithinHorizon = new double[people.size()];
        for (int i = 0; i < people.size(); i++) {
            Employment e = people.get(i);
            double survival = 1;
            for (int m = 0; m < months; m++) {
                YearMonth month = firstMonth.plusMonths(m);
                if (month.isBefore(YearMonth.from(e.hireDate()))) {
                    continue;
                }
                LocalDate middle = month.atDay(Math.min(15, month.lengthOfMonth()));
                double p = hazards.get(TenureBand.of(Math.max(0, e.tenureDaysOn(middle))).ordinal()).monthlyProbability();
                leaving[i][m] = survival * p;
                survival *= 1 - p;
            }
            leavingWithinHorizon[i] = 1 - survival;
        }
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < people.size(); i++) {
            members.computeIfAbsent(people.get(i).group(groupBy, start), g -> new ArrayList<>()).add(i);
        }
        List<Integer> everyone = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            everyone.add(i);
        }
        Map<String, List<LeaverForecast.Month>> byGroup = new LinkedHashMap<>();
        members.forEach((group, indices) -> byGroup.put(group, monthly(leaving, indices, firstMonth, months)));
        return new LeaverForecast(hazards, monthly(leaving, everyone, firstMonth, months), byGroup,
                month(null, everyone.stream().map(i -> leavingWithinHorizon[i]).toList()), active, hires);
    }

    private static List<LeaverForecast.Month> monthly(double[][] leaving, List<Integer> indices, YearMonth first,
            int months) {
        List<LeaverForecast.Month> result = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            int column = m;
            result.add(month(first.plusMonths(m), indices.stream().map(i -> leaving[i][column]).toList()));
        }
        return List.copyOf(result);
    }

    private static LeaverForecast.Month month(YearMonth month, List<Double> probabilities) {
        PoissonBinomial count = new PoissonBinomial(probabilities);
        return new LeaverForecast.Month(month, count.mean(), count.quantile(LOWER_QUANTILE), count.quantile(UPPER_QUANTILE));
    }
}
