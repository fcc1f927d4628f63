package dev.frontline.capacity.engine;

import java.util.Locale;
import java.util.Objects;

import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;

/**
 * Input the capacity engine refuses: {@code field} names what a planner corrects, {@link #reason()} says why as a
 * sentence of the bundles, which pages and REST problem details render in the reader's language; the exception's
 * message is its English reading "field: reason" (the command line and logs).
 */
public class CapacityInputException extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Phrase reason;

    public CapacityInputException(String field, Phrase reason) {
        super(field + ": " + reason.english());
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String field() {
        return field;
    }

    @Override
    public Phrase reason() {
        return reason;
    }

    /** The refusal in the language of {@code locale}. */
    public String reason(Locale locale) {
        return reason.render(locale);
    }
}
