package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly turnover, annualised:
 * <pre>
 *   average headcount_m = (headcount on the month's first day + headcount on the next month's first day) / 2
 *   annualised turnover_m = exits_m / average headcount_m × 12
 *   rolling 12 months_m = Σ exits over the 12 months to m / mean of their average headcounts
 * </pre>
 * The rolling figure is null until twelve months are on record. A month's figure swings with a handful of exits in a centre of 150; the rolling figure is the one to read a trend from.
 */
public final class TurnoverTrend {

    private TurnoverTrend() {
    }

    public record Month(YearMonth month, int headcountStart, int headcountEnd, int exits, int voluntaryExits,
            double annualisedPercent, Double rolling12Percent) {
    }

    public static List<Month> monthly(List<Employment> employments, YearMonth first, YearMonth last) {
        List<Month> months = new ArrayList<>();
        List<double[]> window = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1);
            LocalDate next = m.plusMonths(1).atDay(1);
            int headStart = (int) employments.stream().filter(e -> e.employedOn(start)).count();
            int headEnd = (int) employments.stream().filter(e -> e.employedOn(next)).count();
            int exits = (int) employments.stream().filter(e -> e.leftWithin(start, next)).count();
            int voluntary = (int) employments.stream().filter(e -> e.leftWithin(start, next) && e.voluntary()).count();
            double average = (headStart + headEnd) / 2.0;
            window.add(new double[] {exits, average});
            if (window.size() > 12) {
                window.removeFirst();
            }
            double rollingExits = window.stream().mapToDouble(w -> w[0]).sum();
            double rollingHeadcount = window.stream().mapToDouble(w -> w[1]).average().orElse(0);
            Double rolling = window.size() == 12 && rollingHeadcount > 0 ? 100 * rollingExits / rollingHeadcount : null;
            months.add(new Month(m, headStart, headEnd, exits, voluntary,
                    average > 0 ? 100 * exits / average * 12 : 0, rolling));
        }
        return List.copyOf(months);
    }
}
