package dev.frontline.forecast.engine;

import dev.frontline.shared.text.Phrase;

/** A method cannot be fitted on this history (too short, weekday never seen, singular design); selection skips it. */
public class MethodNotApplicableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Phrase reason;

    /** @param reason why, as a sentence of the bundles ({@code forecast.na.*}); the message is its English reading */
    public MethodNotApplicableException(Phrase reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Phrase reason() {
        return reason;
    }
}
