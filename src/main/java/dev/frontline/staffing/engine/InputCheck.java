package dev.frontline.staffing.engine;

/** Input validation shared by the engine: every failure names the field, the value and why it is rejected. */
public final class InputCheck {

    private InputCheck() {
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a finite number");
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new IllegalArgumentException(field + ": '" + format(value) + "' is negative");
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new IllegalArgumentException(field + ": '" + format(value) + "' must be greater than zero");
        }
        return value;
    }

    /** A proportion given as a fraction, e.g. 0.8 for 80 %; reported back to the user in percent. */
    public static double fraction(String field, double value, boolean zeroAllowed) {
        finite(field, value);
        if (value > 1) {
            throw new IllegalArgumentException(field + ": " + format(value * 100) + " % is above 100 %");
        }
        if (value < 0 || (!zeroAllowed && value == 0)) {
            throw new IllegalArgumentException(field + ": " + format(value * 100) + " % must be "
                    + (zeroAllowed ? "at least 0 %" : "greater than 0 %"));
        }
        return value;
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + ": '" + value + "' is negative");
        }
        return value;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
