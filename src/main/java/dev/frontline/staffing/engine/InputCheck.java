package dev.frontline.staffing.engine;

import dev.frontline.shared.text.Phrase;

/** Input validation shared by the engine: every failure names the field, the value and why it is rejected. */
public final class InputCheck {

    private InputCheck() {
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new StaffingInputException(field, Phrase.of("staffing.error.not-finite", String.valueOf(value)));
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new StaffingInputException(field, Phrase.of("staffing.error.negative", format(value)));
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new StaffingInputException(field, Phrase.of("staffing.error.not-positive", format(value)));
        }
        return value;
    }

    /** A proportion given as a fraction, e.g. 0.8 for 80 %; reported back to the user in percent. */
    public static double fraction(String field, double value, boolean zeroAllowed) {
        finite(field, value);
        if (value > 1) {
            throw new StaffingInputException(field, Phrase.of("staffing.error.above-100", format(value * 100)));
        }
        if (value < 0 || (!zeroAllowed && value == 0)) {
            throw new StaffingInputException(field, Phrase.of(zeroAllowed ? "staffing.error.below-0" : "staffing.error.not-above-0",
                    format(value * 100)));
        }
        return value;
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new StaffingInputException(field, Phrase.of("staffing.error.negative", String.valueOf(value)));
        }
        return value;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
