package dev.frontline.roster.service;

import java.util.Objects;

import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;

/**
 * A cheapest-week request refused before anything is queued, naming the field to correct and saying why as a sentence
 * of the bundles (the page and the REST answer render it in the reader's language; the message is the English reading).
 */
public class CheapestWeekRefusal extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Phrase reason;

    public CheapestWeekRefusal(String field, Phrase reason) {
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
}
