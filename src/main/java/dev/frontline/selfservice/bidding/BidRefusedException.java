package dev.frontline.selfservice.bidding;

import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;

/**
 * A bid-round request refused: {@code field} names what was asked, {@code rule} the rule that stops it (e.g.
 * {@code NOT_ELIGIBLE}, {@code DUPLICATE_LINE}, {@code DEADLINE_PASSED}, {@code ROSTER_PUBLISHED},
 * {@code DEADLINE_PAST}). A conflict (409) collides with what exists: a round already open for the roster version.
 * The message is the English detail for logs; {@link #reason()} says the rule as a sentence of the bundles
 * ({@code selfservice.bidding.refused.<rule>}), which pages and REST answers render in the reader's language.
 */
public class BidRefusedException extends RuntimeException implements Explained {

    private final String field;
    private final String rule;
    private final boolean conflict;

    public BidRefusedException(String field, String rule, String message) {
        this(field, rule, message, false);
    }

    public BidRefusedException(String field, String rule, String message, boolean conflict) {
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

    @Override
    public Phrase reason() {
        return Phrase.of("selfservice.bidding.refused." + rule);
    }
}
