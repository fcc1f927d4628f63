package dev.frontline.capacity;

import dev.frontline.shared.text.Phrase;

/** A planner's input the capacity plan refuses: the field to correct and why, as a sentence of the bundles. */
public class CapacityRefusal extends RuntimeException implements dev.frontline.shared.text.Explained {

    private final String field;
    private final Phrase phrase;

    public CapacityRefusal(String field, Phrase phrase) {
        super(field + ": " + phrase.english());
        this.field = field;
        this.phrase = phrase;
    }

    public String field() {
        return field;
    }

    public Phrase phrase() {
        return phrase;
    }

    @Override
    public Phrase reason() {
        return phrase;
    }
}
