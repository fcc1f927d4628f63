package dev.frontline.staffing.engine;

import dev.frontline.shared.text.Phrase;

/**
 * An input the staffing engine refuses, naming the field (the engine's English name, e.g. "AHT (seconds)") and why,
 * as a sentence of the bundles so that a form can show the reason under its field in the user's language. The
 * message is the English "field: reason" the command line and the API show.
 */
public class StaffingInputException extends IllegalArgumentException implements dev.frontline.shared.text.Explained {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Phrase reason;

    public StaffingInputException(String field, Phrase reason) {
        super(field + ": " + reason.english());
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
