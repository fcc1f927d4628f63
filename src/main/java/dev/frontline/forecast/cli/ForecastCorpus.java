package dev.frontline.forecast.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;

import dev.frontline.forecast.engine.HistoryCsv;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.shared.time.PublicHolidays;

/**
 * Series of different shapes for the selection benchmark ({@code bench forecast --corpus}): the real bank data in
 * several windows, and reproducible synthetic centres that differ from it in the ways that broke the old selection —
 * open 24/7, a Friday–Saturday weekend, a level shift, growth, another country's holidays, nights with no contacts,
 * a short history, a small noisy queue. Each synthetic series is Poisson noise around a known mean, so nothing in it
 * favours one method by construction.
 */
final class ForecastCorpus {

    /** A named history and how many of its last weeks are rolling origins. */
    record Series(String name, String shape, List<Observation> history, int weeks) {
    }

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 2);
    private static final Set<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> SUN_THU = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    private static final Set<DayOfWeek> ALL_WEEK = EnumSet.allOf(DayOfWeek.class);

    private ForecastCorpus() {
    }

    static List<Series> build(Path bankData) {
        List<Series> out = new ArrayList<>();
        if (Files.isRegularFile(bankData)) {
            List<Observation> bank = HistoryCsv.read(bankData).values().stream().flatMap(List::stream).toList();
            out.add(new Series("bank-2003-full", "real US bank, Mon-Fri 07:00-24:00, last 10 weeks", bank, 10));
            out.add(new Series("bank-2003-to-sep", "real US bank, 10 weeks ending 2003-09-19", before(bank, LocalDate.of(2003, 9, 22)), 10));
            out.add(new Series("bank-2003-to-aug", "real US bank, 8 weeks ending 2003-08-08", before(bank, LocalDate.of(2003, 8, 11)), 8));
        }
        out.add(new Series("centre-24x7", "open 24 h, 7 days, quiet nights and weekends, 40 weeks",
                synthetic(11, 40, ALL_WEEK, 0, 48, new double[] {1, 0.97, 0.95, 0.96, 1.02, 0.7, 0.6}, d -> 2400, Set.of(), 0.02), 10));
        out.add(new Series("fri-sat-weekend", "open Sunday-Thursday 08:00-18:00, 30 weeks",
                synthetic(12, 30, SUN_THU, 16, 36, new double[] {0.95, 0.9, 0.9, 0.85, 0, 0, 1.1}, d -> 1800, Set.of(), 0), 10));
        out.add(new Series("level-shift", "Mon-Sat, volume +35 % from 5 weeks before the end, 30 weeks",
                synthetic(13, 30, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 16, 40,
                        new double[] {1, 0.95, 0.92, 0.92, 0.97, 0.5, 0}, d -> d.isBefore(FIRST.plusWeeks(25)) ? 1500 : 2025, Set.of(), 0), 10));
        out.add(new Series("growth", "Mon-Fri, +1.5 % per week, 30 weeks",
                synthetic(14, 30, MON_FRI, 16, 38, new double[] {1, 0.92, 0.9, 0.9, 0.95, 0, 0},
                        d -> 1200 * Math.pow(1.015, (d.toEpochDay() - FIRST.toEpochDay()) / 7.0), Set.of(), 0), 10));
        out.add(new Series("polish-holidays", "Mon-Fri, closed on Polish public holidays (Jollyday), 30 weeks",
                synthetic(15, 30, MON_FRI, 16, 36, new double[] {1.05, 0.95, 0.92, 0.92, 0.9, 0, 0}, d -> 1600,
                        PublicHolidays.between("PL", FIRST, FIRST.plusWeeks(30)), 0), 10));
        out.add(new Series("zero-nights", "open every day 06:00-22:00 (zero at night), small queue, 26 weeks",
                synthetic(16, 26, ALL_WEEK, 12, 44, new double[] {1, 1, 1, 1, 1.1, 0.8, 0.7}, d -> 420, Set.of(), 0), 10));
        out.add(new Series("short-8-weeks", "Mon-Fri, only 8 weeks of history", synthetic(17, 8, MON_FRI, 16, 36,
                new double[] {1, 0.9, 0.9, 0.88, 0.95, 0, 0}, d -> 900, Set.of(), 0), 4));
        return out;
    }

    private static List<Observation> before(List<Observation> rows, LocalDate cut) {
        return rows.stream().filter(o -> o.date().isBefore(cut)).toList();
    }

    /**
     * Poisson counts around {@code level(day) · weekday factor · intraday share} over 30-minute slots
     * {@code [open, close)}, with a two-peak intraday curve; {@code nightFloor} gives closed-looking hours a small
     * share (a 24-hour centre's nights).
     */
    private static List<Observation> synthetic(long seed, int weeks, Set<DayOfWeek> openDays, int open, int close,
                                               double[] weekday, ToDoubleFunction<LocalDate> level, Set<LocalDate> closed,
                                               double nightFloor) {
        MersenneTwister random = new MersenneTwister(seed);
        IntervalGrain grain = IntervalGrain.MINUTES_30;
        double[] curve = new double[grain.slotsPerDay()];
        double sum = 0;
        for (int s = open; s < close; s++) {
            double hour = s / 2.0;
            curve[s] = Math.exp(-Math.pow(hour - 10.5, 2) / 4) + 0.8 * Math.exp(-Math.pow(hour - 15, 2) / 5) + 0.1 + nightFloor;
            sum += curve[s];
        }
        List<Observation> out = new ArrayList<>();
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate day = FIRST.plusDays(d);
            if (!openDays.contains(day.getDayOfWeek()) || closed.contains(day)) {
                continue;
            }
            double total = level.applyAsDouble(day) * weekday[day.getDayOfWeek().ordinal()];
            for (int s = open; s < close; s++) {
                double mean = total * curve[s] / sum;
                double calls = mean > 0 ? new PoissonDistribution(random, mean, 1e-12, 10_000).sample() : 0;
                out.add(new Observation(day, grain.startOf(s), calls, null));
            }
        }
        return out;
    }
}
