package dev.frontline.forecast.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.frontline.forecast.engine.DailyTotal;
import dev.frontline.forecast.engine.LongRangeForecast;
import dev.frontline.forecast.engine.LongRangeForecaster;
import dev.frontline.forecast.engine.LongRangeMonth;
import dev.frontline.forecast.engine.LongRangeRequest;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;

/**
 * The long-range backtest ({@code bench forecast --long-range}): the demo centre's six queues with their history
 * generated over two years (the seeded demo's shape, seed and noise; see {@link LongRangeHistorySource}), fit on the first year, forecast 78 weeks, and
 * score the second year: WAPE of calendar months that lie wholly in it, and how often the weekly actuals fall inside
 * the 80 % and 95 % intervals. A second run fits two years and scores the third (the annual-season path). Two
 * reference forecasts put the numbers in context: the same weeks last year, and the mean of the last four weeks.
 */
final class LongRangeBench {

    /** Scores of one way of forecasting over every queue of one protocol. */
    record Score(String name, double monthWape, double weekWape, double cover80, double cover95, double monthCover80,
                 int months, int weeks) {
    }

    private final LocalDate lastDay;
    private final LongRangeHistorySource source;

    LongRangeBench(LocalDate lastDay, LongRangeHistorySource source) {
        this.lastDay = lastDay;
        this.source = source;
    }

    /** Runs both protocols, prints them, appends the markdown, and returns the main one's score (fit 1 year, damped). */
    Score run(PrintWriter out, StringBuilder md) {
        md.append("Long-range backtest on ").append(source.describe())
                .append(", history generated to ").append(lastDay).append(": fit on the first year, forecast 78 weeks,")
                .append(" score the second year. WAPE over calendar months wholly inside the scored year (pooled over queues),")
                .append(" weekly WAPE, and the share of weekly actuals inside the 80 % and 95 % intervals (and of monthly")
                .append(" actuals inside the monthly 80 % interval).\n\n")
                .append("| protocol | forecast | WAPE month | WAPE week | cover 80 % | cover 95 % | month cover 80 % | months | weeks |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        Score main = null;
        for (int fitYears : new int[] {1, 2}) {
            Map<String, TreeMap<LocalDate, DailyTotal>> byQueue = new LinkedHashMap<>();
            source.history(52 * (fitYears + 1), lastDay).forEach((queue, days) -> {
                TreeMap<LocalDate, DailyTotal> byDay = new TreeMap<>();
                days.forEach(d -> byDay.put(d.date(), d));
                byQueue.put(queue, byDay);
            });
            String protocol = "fit " + fitYears + (fitYears == 1 ? " year" : " years") + ", score the next";
            out.printf("long range: %s (%d queues)%n", protocol, byQueue.size());
            List<Score> scores = new ArrayList<>();
            for (LongRangeTrend trend : LongRangeTrend.values()) {
                scores.add(score("engine, " + trend.name().toLowerCase(), byQueue, fitYears, trend));
            }
            scores.add(score("same weeks last year", byQueue, fitYears, null));
            scores.add(score("mean of last 4 weeks", byQueue, fitYears, LongRangeTrend.NONE, true));
            for (Score s : scores) {
                out.printf("  %-22s WAPE month %5.1f %%  WAPE week %5.1f %%  cover80 %5.1f %%  cover95 %5.1f %%  month cover80 %5.1f %%%n",
                        s.name(), s.monthWape(), s.weekWape(), s.cover80(), s.cover95(), s.monthCover80());
                md.append(String.format("| %s | %s | %.1f %% | %.1f %% | %s | %s | %s | %d | %d |%n", protocol, s.name(),
                        s.monthWape(), s.weekWape(), pct(s.cover80()), pct(s.cover95()), pct(s.monthCover80()), s.months(), s.weeks()));
            }
            if (fitYears == 1) {
                main = scores.get(0);
            }
        }
        md.append("\nThe references have no intervals. The first row is the default (damped trend) on the protocol of issue 17.\n");
        return main;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.1f %%", v);
    }

    private Score score(String name, Map<String, TreeMap<LocalDate, DailyTotal>> byQueue, int fitYears, LongRangeTrend trend) {
        return score(name, byQueue, fitYears, trend, false);
    }

    /** @param trend null for "same weeks last year"; {@code meanOfFour} for the flat mean of the last four weeks */
    private Score score(String name, Map<String, TreeMap<LocalDate, DailyTotal>> byQueue, int fitYears, LongRangeTrend trend,
                        boolean meanOfFour) {
        double monthError = 0, monthActual = 0, weekError = 0, weekActual = 0;
        int in80 = 0, in95 = 0, weeks = 0, months = 0, monthIn80 = 0;
        boolean intervals = trend != null && !meanOfFour;
        for (TreeMap<LocalDate, DailyTotal> days : byQueue.values()) {
            LocalDate firstMonday = days.firstKey().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate start = firstMonday.plusWeeks(52L * fitYears);
            LocalDate scoredEnd = days.lastKey(); // inclusive
            List<DailyTotal> training = new ArrayList<>(days.headMap(start).values());
            List<LongRangeWeek> forecastWeeks;
            List<LongRangeMonth> forecastMonths;
            if (intervals) {
                LongRangeForecast f = new LongRangeForecaster().forecast(new LongRangeRequest("bench", training, start,
                        LongRangeForecaster.MAX_WEEKS, trend, List.of()));
                forecastWeeks = f.weeks();
                forecastMonths = f.months();
            } else {
                forecastWeeks = reference(days, start, meanOfFour);
                forecastMonths = List.of();
            }
            Map<YearMonth, double[]> monthTotals = new LinkedHashMap<>();
            for (LongRangeWeek w : forecastWeeks) {
                if (w.weekStart().plusDays(6).isAfter(scoredEnd)) {
                    break;
                }
                double actual = 0;
                double[] dayActual = new double[7];
                for (int d = 0; d < 7; d++) {
                    DailyTotal t = days.get(w.weekStart().plusDays(d));
                    dayActual[d] = t == null ? 0 : t.offered();
                    actual += dayActual[d];
                }
                weeks++;
                weekError += Math.abs(actual - w.volume());
                weekActual += actual;
                if (intervals) {
                    in80 += actual >= w.lower80() && actual <= w.upper80() ? 1 : 0;
                    in95 += actual >= w.lower95() && actual <= w.upper95() ? 1 : 0;
                }
                // references: split the week into days by the actual weekday shares of the training year (same for all)
                for (int d = 0; d < 7; d++) {
                    LocalDate day = w.weekStart().plusDays(d);
                    double[] m = monthTotals.computeIfAbsent(YearMonth.from(day), k -> new double[3]);
                    m[0] += dayActual[d];
                    m[2] += 1;
                }
            }
            Map<YearMonth, Double> forecastByMonth = new LinkedHashMap<>();
            Map<YearMonth, double[]> boundsByMonth = new LinkedHashMap<>();
            if (intervals) {
                forecastMonths.forEach(m -> {
                    forecastByMonth.put(m.month(), m.volume());
                    boundsByMonth.put(m.month(), new double[] {m.lower80(), m.upper80()});
                });
            } else {
                double[] share = weekdayShares(days, start);
                for (LongRangeWeek w : forecastWeeks) {
                    for (int d = 0; d < 7; d++) {
                        forecastByMonth.merge(YearMonth.from(w.weekStart().plusDays(d)), w.volume() * share[d], Double::sum);
                    }
                }
            }
            for (Map.Entry<YearMonth, double[]> e : monthTotals.entrySet()) {
                YearMonth ym = e.getKey();
                boolean whole = e.getValue()[2] == ym.lengthOfMonth() && forecastByMonth.containsKey(ym);
                if (!whole) {
                    continue;
                }
                double actual = e.getValue()[0];
                double forecast = forecastByMonth.get(ym);
                monthError += Math.abs(actual - forecast);
                monthActual += actual;
                months++;
                if (intervals) {
                    double[] b = boundsByMonth.get(ym);
                    monthIn80 += actual >= b[0] && actual <= b[1] ? 1 : 0;
                }
            }
        }
        return new Score(name, 100 * monthError / monthActual, 100 * weekError / weekActual,
                intervals ? 100.0 * in80 / weeks : Double.NaN, intervals ? 100.0 * in95 / weeks : Double.NaN,
                intervals ? 100.0 * monthIn80 / months : Double.NaN, months, weeks);
    }

    /** Same weeks last year (52 weeks back), or the flat mean of the last four weeks before the start. */
    private static List<LongRangeWeek> reference(TreeMap<LocalDate, DailyTotal> days, LocalDate start, boolean meanOfFour) {
        List<LongRangeWeek> out = new ArrayList<>();
        double mean = 0;
        for (int k = 1; k <= 4; k++) {
            mean += weekSum(days, start.minusWeeks(k)) / 4;
        }
        for (int i = 0; i < LongRangeForecaster.MAX_WEEKS; i++) {
            LocalDate week = start.plusWeeks(i);
            double v = meanOfFour ? mean : weekSum(days, week.minusWeeks(52L * (1 + i / 52)));
            out.add(new LongRangeWeek(week, v, v, v, v, v, 0));
        }
        return out;
    }

    private static double weekSum(TreeMap<LocalDate, DailyTotal> days, LocalDate monday) {
        double sum = 0;
        for (int d = 0; d < 7; d++) {
            DailyTotal t = days.get(monday.plusDays(d));
            sum += t == null ? 0 : t.offered();
        }
        return sum;
    }

    private static double[] weekdayShares(TreeMap<LocalDate, DailyTotal> days, LocalDate start) {
        double[] v = new double[7];
        days.subMap(start.minusWeeks(52), true, start, false).forEach((d, t) -> v[d.getDayOfWeek().ordinal()] += t.offered());
        double sum = v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6];
        for (int i = 0; i < 7; i++) {
            v[i] = sum > 0 ? v[i] / sum : 1.0 / 7;
        }
        return v;
    }
}
