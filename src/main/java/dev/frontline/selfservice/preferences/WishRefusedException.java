package dev.frontline.selfservice.preferences;

/** A wish or window refused for a rule: {@code field} names what to correct, the message names the rule. */
public class WishRefusedException extends RuntimeException {

    private final String field;
    private final boolean conflict;

    public WishRefusedException(String field, String message) {
        this(field, message, false);
    }

    private WishRefusedException(String field, String message, boolean conflict) {
        super(field + ": " + message);
        this.field = field;
        this.conflict = conflict;
    }

    /** The same request again (a wish of that kind for that day exists): nothing was stored. */
    public static WishRefusedException duplicate(String field, String message) {
        return new WishRefusedException(field, message, true);
    }

    public String field() {
        return field;
    }

    public boolean isConflict() {
        return conflict;
    }
}
