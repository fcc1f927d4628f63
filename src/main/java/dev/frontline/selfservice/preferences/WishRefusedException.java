package dev.frontline.selfservice.preferences;

import java.util.Locale;
import java.util.Objects;

import dev.frontline.shared.text.Phrase;

/**
 * A wish or window refused for a rule: {@code field} names what to correct, {@link #reason()} says the rule as a
 * sentence of the bundles, which pages and REST problem details say in the reader's language; the exception's message
 * is its English reading (logs).
 */
public class WishRefusedException extends RuntimeException implements dev.frontline.shared.text.Explained {

    private final String field;
    private final boolean conflict;
    private final transient Phrase reason;

    public WishRefusedException(String field, Phrase reason) {
        this(field, reason, false);
    }

    private WishRefusedException(String field, Phrase reason, boolean conflict) {
        super(field + ": " + reason.english());
        this.field = field;
        this.conflict = conflict;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The same request again (a wish of that kind for that day exists): nothing was stored. */
    public static WishRefusedException duplicate(String field, Phrase reason) {
        return new WishRefusedException(field, reason, true);
    }

    public String field() {
        return field;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** The refusal as a sentence of the bundles, to render in the reader's language. */
    public Phrase reason() {
        return reason;
    }

    /** The refusal in the language of {@code locale}. */
    public String reason(Locale locale) {
        return reason.render(locale);
    }
}
