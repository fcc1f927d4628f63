package dev.frontline.capacity.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The plan's horizon and staffing constants: {@code weeks} Mondays from {@code firstWeek} (52–78), the paid hours of
 * one FTE a week, and shrinkage (paid time not on contacts) by calendar month, January first.
 */
public record PlanSettings(LocalDate firstWeek, int weeks, double hoursPerFte, double[] shrinkageByMonth) {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 78;
    /** A Monday to check a month table against the plan's rules without a plan. */
    static final LocalDate MONDAY_2000 = LocalDate.of(2000, 1, 3);

    public PlanSettings {
        if (firstWeek == null || firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CapacityInputException("firstWeek", "a plan starts on a Monday: " + firstWeek);
        }
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new CapacityInputException("weeks", "between " + MIN_WEEKS + " and " + MAX_WEEKS + ", got " + weeks);
        }
        if (!(hoursPerFte > 0 && hoursPerFte <= 60)) {
            throw new CapacityInputException("hoursPerFte", "between 0 and 60 hours, got " + hoursPerFte);
        }
        if (shrinkageByMonth == null || shrinkageByMonth.length != 12) {
            throw new CapacityInputException("shrinkage", "one shrinkage per calendar month is needed");
        }
        for (double s : shrinkageByMonth) {
            if (!(s >= 0 && s < 1)) {
                throw new CapacityInputException("shrinkage", "a month's shrinkage must lie in [0 %, 100 %), got " + s * 100 + " %");
            }
        }
        shrinkageByMonth = shrinkageByMonth.clone();
    }

    @Override
    public double[] shrinkageByMonth() {
        return shrinkageByMonth.clone();
    }

    public static double[] sameEveryMonth(double shrinkage) {
        double[] s = new double[12];
        java.util.Arrays.fill(s, shrinkage);
        return s;
    }

    public LocalDate week(int index) {
        return firstWeek.plusWeeks(index);
    }

    /** Shrinkage of the month the week starts in. */
    public double shrinkage(LocalDate weekStart) {
        return shrinkageByMonth[weekStart.getMonthValue() - 1];
    }
}
