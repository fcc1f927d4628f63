package dev.frontline.capacity.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.frontline.shared.text.Phrase;

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
            throw new CapacityInputException("firstWeek", firstWeek == null
                    ? Phrase.of("capacity.input.plan-start-required") : Phrase.of("capacity.input.plan-monday", firstWeek));
        }
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new CapacityInputException("weeks", Phrase.of("capacity.error.weeks", MIN_WEEKS, MAX_WEEKS, weeks));
        }
        if (!(hoursPerFte > 0 && hoursPerFte <= 60)) {
            throw new CapacityInputException("hoursPerFte", Phrase.of("capacity.input.hours-per-fte", hoursPerFte));
        }
        if (shrinkageByMonth == null || shrinkageByMonth.length != 12) {
            throw new CapacityInputException("shrinkage", Phrase.of("capacity.input.shrinkage-months"));
        }
        for (double s : shrinkageByMonth) {
            if (!(s >= 0 && s < 1)) {
                throw new CapacityInputException("shrinkage", Phrase.of("capacity.input.shrinkage-range", s * 100));
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
