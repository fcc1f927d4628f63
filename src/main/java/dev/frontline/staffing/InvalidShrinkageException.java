package dev.frontline.staffing;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * A shrinkage row the planner entered cannot be saved. Names the row (a weekday, or null for "every day"), the field
 * and the problem, so the editor can mark the field; nothing of the batch has been written.
 */
public class InvalidShrinkageException extends IllegalArgumentException {

    public enum Field { PLANNED, UNPLANNED, TOTAL }

    public enum Problem { MISSING, NEGATIVE, NOT_A_NUMBER, TOTAL_TOO_HIGH }

    private final DayOfWeek weekday;
    private final Field field;
    private final Problem problem;
    private final double value;

    public InvalidShrinkageException(DayOfWeek weekday, Field field, Problem problem, double value) {
        super(describe(weekday, field, problem, value));
        this.weekday = weekday;
        this.field = field;
        this.problem = problem;
        this.value = value;
    }

    /** The row: a weekday, or null for the "every day" row. */
    public DayOfWeek weekday() {
        return weekday;
    }

    public Field field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    public double value() {
        return value;
    }

    private static String describe(DayOfWeek weekday, Field field, Problem problem, double value) {
        String row = weekday == null ? "every day" : weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String name = field.name().toLowerCase(Locale.ROOT) + " shrinkage";
        return row + ", " + switch (problem) {
            case MISSING -> name + ": missing; give planned and unplanned, or leave both empty to inherit";
            case NEGATIVE -> name + ": " + value + " % is negative";
            case NOT_A_NUMBER -> name + ": not a number";
            case TOTAL_TOO_HIGH -> "total shrinkage: " + value + " % leaves no time for contacts; it must be below 100 %";
        };
    }
}
