package dev.frontline.selfservice.swaps;

/**
 * A swap or claim refused: {@code field} names what was asked, {@code rule} the rule that stops it (a roster rule's
 * name, or one of self-service's own such as {@link ChangeCheck#SKILLS}). A conflict (409) means the request collides
 * with what exists: the same swap already open, the open shift taken by someone else.
 */
public class SwapRefusedException extends RuntimeException {

    private final String field;
    private final String rule;
    private final boolean conflict;

    public SwapRefusedException(String field, String rule, String message) {
        this(field, rule, message, false);
    }

    public SwapRefusedException(String field, String rule, String message, boolean conflict) {
        super(field + ": " + message);
        this.field = field;
        this.rule = rule;
        this.conflict = conflict;
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
