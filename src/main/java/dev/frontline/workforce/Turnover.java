package dev.frontline.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * Annual turnover over a window: exits in the window divided by the average headcount, the average taken over the
 * headcount at the start of each month of the window (the usual HR definition).
 */
public record Turnover(LocalDate from, LocalDate to, int exits, int voluntaryExits, double averageHeadcount) {

    public double annualisedRatePercent() {
        if (averageHeadcount == 0) {
            return 0;
        }
        double years = (to.toEpochDay() - from.toEpochDay()) / 365.25;
        return 100.0 * exits / averageHeadcount / years;
    }

    /** Computes turnover from each employee's hire and exit dates (exit date = first day no longer employed). */
    public static Turnover of(List<Employment> employments, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("Turnover window must end after it starts: " + from + " .. " + to);
        }
        int exits = 0;
        int voluntary = 0;
        for (Employment e : employments) {
            if (e.exitDate() != null && !e.exitDate().isBefore(from) && e.exitDate().isBefore(to)) {
                exits++;
                if (e.voluntary()) {
                    voluntary++;
                }
            }
        }
        int samples = 0;
        long headcountSum = 0;
        for (LocalDate day = from.withDayOfMonth(1).isBefore(from) ? from.withDayOfMonth(1).plusMonths(1) : from;
                day.isBefore(to); day = day.plusMonths(1)) {
            LocalDate d = day;
            headcountSum += employments.stream().filter(e -> e.employedOn(d)).count();
            samples++;
        }
        return new Turnover(from, to, exits, voluntary, samples == 0 ? 0 : (double) headcountSum / samples);
    }

    public record Employment(LocalDate hireDate, LocalDate exitDate, boolean voluntary) {
        boolean employedOn(LocalDate day) {
            return !hireDate.isAfter(day) && (exitDate == null || exitDate.isAfter(day));
        }
    }
}
