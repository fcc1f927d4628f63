package dev.frontline.selfservice.swaps;

import java.util.Locale;

import dev.frontline.shared.text.Phrase;

/**
 * A swap or claim refused: {@code field} names what was asked, {@code rule} the rule that stops it (a roster rule's
 * name, or one of self-service's own such as {@link ChangeCheck#SKILLS}). A conflict (409) means the request collides
 * with what exists: the same swap already open, the open shift taken by someone else. {@link #reason()} is the refusal
 * as a sentence of the bundles, which pages and REST problem details say in the reader's language; the exception's
 * message is its English reading (logs).
 */
public class SwapRefusedException extends RuntimeException implements dev.frontline.shared.text.Explained {

    private final String field;
    private final String rule;
    private final boolean conflict;
    private final transient Phrase reason;

    /** Bad input or a broken rule (400), said by {@code reason}. */
    public SwapRefusedException(String field, String rule, Phrase reason) {
        this(field, rule, reason.english(), false, reason);
    }

    /** A refusal said by {@code reason}: a conflict (409) when {@code conflict}, else bad input (400). */
    public SwapRefusedException(String field, String rule, Phrase reason, boolean conflict) {
        this(field, rule, reason.english(), conflict, reason);
    }

    /** A broken rule with an English message of its own for logs (the rule's name and details) and {@code reason}. */
    public SwapRefusedException(String field, String rule, String message, Phrase reason) {
        this(field, rule, message, false, reason);
    }

    private SwapRefusedException(String field, String rule, String message, boolean conflict, Phrase reason) {
        super(field + ": " + message);
        this.field = field;
        this.rule = rule;
        this.conflict = conflict;
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
    }

    /** The refusal as a sentence of the bundles, to render in the reader's language. */
    public Phrase reason() {
        return reason;
    }

    /** The refusal in the language of {@code locale}. */
    public String reason(Locale locale) {
        return reason.render(locale);
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public boolean isConflict() {
        return conflict;
    }
}
