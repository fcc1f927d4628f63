package dev.frontline.selfservice.swaps;

import java.util.Optional;

import dev.frontline.shared.text.Phrase;

/**
 * A swap or claim refused: {@code field} names what was asked, {@code rule} the rule that stops it (a roster rule's
 * name, or one of self-service's own such as {@link ChangeCheck#SKILLS}). A conflict (409) means the request collides
 * with what exists: the same swap already open, the open shift taken by someone else. The message is English (REST,
 * logs); {@link #reason()}, when there is one, is the same refusal as a phrase for pages in the agent's language.
 */
public class SwapRefusedException extends RuntimeException {

    private final String field;
    private final String rule;
    private final boolean conflict;
    private final Phrase reason;

    public SwapRefusedException(String field, String rule, String message) {
        this(field, rule, message, false);
    }

    public SwapRefusedException(String field, String rule, String message, boolean conflict) {
        this(field, rule, message, conflict, null);
    }

    /** A refusal whose English message and page sentence are both {@code reason}. */
    public SwapRefusedException(String field, String rule, Phrase reason) {
        this(field, rule, reason.english(), false, reason);
    }

    /** A refusal with an English message of its own and {@code reason} for pages. */
    public SwapRefusedException(String field, String rule, String message, Phrase reason) {
        this(field, rule, message, false, reason);
    }

    private SwapRefusedException(String field, String rule, String message, boolean conflict, Phrase reason) {
        super(field + ": " + message);
        this.field = field;
        this.rule = rule;
        this.conflict = conflict;
        this.reason = reason;
    }

    /** The refusal as a sentence of the bundles, to render in the reader's language; empty when it has none. */
    public Optional<Phrase> reason() {
        return Optional.ofNullable(reason);
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
