package dev.frontline.forecast;

import java.util.Arrays;

/**
 * Bad input from a planner, refused before anything is written. It names the field, and carries an i18n key with
 * its arguments so the view can say it in the user's language; the message is a readable English fallback.
 */
public class ForecastInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ForecastInputException(String field, String messageKey, String englishMessage, Object... arguments) {
        super(field + ": " + englishMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The input field at fault, e.g. "reason", "value", "date". */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
