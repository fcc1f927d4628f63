package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Noise-free synthetic histories with a known answer: y(d, s) = total(d) · shape(s), open Monday to Friday 08:00–18:00. */
final class Series {

    static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    static final int OPEN_SLOT = 16;
    static final int CLOSE_SLOT = 36;
    static final double[] WEEKDAY_TOTALS = {1000, 900, 850, 800, 950};

    private Series() {
    }

    static double shape(int slot) {
        double[] raw = new double[48];
        double sum = 0;
        for (int s = OPEN_SLOT; s < CLOSE_SLOT; s++) {
            raw[s] = 1 + Math.sin(Math.PI * (s - OPEN_SLOT) / (CLOSE_SLOT - OPEN_SLOT));
            sum += raw[s];
        }
        return raw[slot] / sum;
    }

    static double weekdayTotal(LocalDate d) {
        return WEEKDAY_TOTALS[d.getDayOfWeek().ordinal()];
    }

    static boolean weekday(LocalDate d) {
        return d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    /** 30-minute history from MONDAY for the given number of days, open on days passing {@code open}. */
    static List<Observation> history(int days, Predicate<LocalDate> open, ToDoubleFunction<LocalDate> total) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate d = MONDAY.plusDays(i);
            if (!open.test(d)) {
                continue;
            }
            for (int s = OPEN_SLOT; s < CLOSE_SLOT; s++) {
                out.add(new Observation(d, IntervalGrain.MINUTES_30.startOf(s), total.applyAsDouble(d) * shape(s), 300.0));
            }
        }
        return out;
    }

    static List<Observation> weeklyPattern(int weeks) {
        return history(weeks * 7, Series::weekday, Series::weekdayTotal);
    }

    static double dayTotal(QueueForecast fc, LocalDate day) {
        return fc.days().stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow().offered();
    }
}
