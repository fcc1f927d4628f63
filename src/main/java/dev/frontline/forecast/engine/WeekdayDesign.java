package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Intercept plus one dummy per open weekday except the first (the reference level). */
final class WeekdayDesign {

    private final List<DayOfWeek> dummies;

    WeekdayDesign(Collection<LocalDate> trainingDays) {
        TreeSet<DayOfWeek> seen = new TreeSet<>();
        for (LocalDate d : trainingDays) {
            seen.add(d.getDayOfWeek());
        }
        this.dummies = new ArrayList<>(seen);
        if (!dummies.isEmpty()) {
            dummies.remove(0);
        }
    }

    int columns() {
        return 1 + dummies.size();
    }

    void fill(LocalDate day, double[] row) {
        row[0] = 1;
        for (int j = 0; j < dummies.size(); j++) {
            row[1 + j] = day.getDayOfWeek() == dummies.get(j) ? 1 : 0;
        }
    }

    static double weeksBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 7.0;
    }

    boolean covers(LocalDate day, Collection<LocalDate> trainingDays) {
        return trainingDays.stream().anyMatch(d -> d.getDayOfWeek() == day.getDayOfWeek());
    }
}
