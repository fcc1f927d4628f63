package dev.frontline.roster.service;

import java.util.Locale;
import java.util.Objects;

import dev.frontline.shared.text.Phrase;

/**
 * A roster cannot be built or changed from what the database holds, or a planner's request is refused: {@code field}
 * names what to correct (null when the fix lies in the master data or elsewhere), {@link #reason()} says what to fix and
 * where as a sentence of the bundles, which pages and REST problem details say in the reader's language; the
 * exception's message is its English reading (the command line and logs).
 */
public class RosterInputException extends RuntimeException implements dev.frontline.shared.text.Explained {

    private final String field;
    private final transient Phrase reason;

    public RosterInputException(String field, Phrase reason) {
        super(field == null ? reason.english() : field + ": " + reason.english());
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A refusal whose fix is in the master data, not in a field of the request. */
    public RosterInputException(Phrase reason) {
        this(null, reason);
    }

    /** The field of the request at fault, or null. */
    public String field() {
        return field;
    }

    /** The refusal as a sentence of the bundles, to render in the reader's language. */
    @Override
    public Phrase reason() {
        return reason;
    }

    /** The refusal in the language of {@code locale}. */
    public String reason(Locale locale) {
        return reason.render(locale);
    }
}
