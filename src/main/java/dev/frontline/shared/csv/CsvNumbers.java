package dev.frontline.shared.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers from files, read with bounds before anything else is done with them. {@code new BigDecimal("1e999999999")}
 * is cheap, but writing it out ({@code toPlainString()}, {@code setScale}) needs a billion digits: a 156-byte file
 * could exhaust the heap or fill a 100 MB error message. So the text must look like a plain decimal (optionally with a
 * short exponent) and the value may have at most {@value #MAX_DIGITS} digits before and after the decimal point; the
 * checks run on the text and on the parsed value's precision and scale, never on its digits written out.
 */
public final class CsvNumbers {

    /** Digits a number may have before the decimal point, and after it. */
    public static final int MAX_DIGITS = 30;

    /** Characters a number's text may have. */
    public static final int MAX_LENGTH = 64;

    static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE]([+-]?[0-9]+))?");
    private static final int MAX_EXPONENT_DIGITS = 4;

    private CsvNumbers() {
    }

    /** The number is well formed but beyond what any file of Frontline's holds; the message says the bound. */
    public static final class OutOfBoundsException extends NumberFormatException {
        OutOfBoundsException(String message) {
            super(message);
        }
    }

    /**
     * The decimal {@code text} (a decimal point, optionally an exponent) denotes.
     *
     * @throws OutOfBoundsException when it is longer than {@value #MAX_LENGTH} characters or has more than
     *                              {@value #MAX_DIGITS} digits before or after the point
     * @throws NumberFormatException when it is not a decimal number at all
     */
    public static BigDecimal decimal(String text) {
        var match = DECIMAL.matcher(text);
        if (!match.matches()) {
            throw new NumberFormatException("not a decimal number");
        }
        if (text.length() > MAX_LENGTH) {
            throw new OutOfBoundsException("a number has at most " + MAX_LENGTH + " characters");
        }
        String exponent = match.group(4);
        if (exponent != null && exponent.replaceFirst("^[+-]?0*", "").length() > MAX_EXPONENT_DIGITS) {
            throw tooManyDigits();
        }
        BigDecimal number = new BigDecimal(text);
        if (number.signum() != 0 && (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS)) {
            throw tooManyDigits();
        }
        return number;
    }

    private static OutOfBoundsException tooManyDigits() {
        return new OutOfBoundsException("a number has at most " + MAX_DIGITS + " digits before and "
                + MAX_DIGITS + " after the decimal point");
    }
}
