package dev.frontline.staffing.engine;

import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * Why a number is what it is: the model, its inputs as structured data (name → value, in insertion order), the
 * formula in words and one sentence a planner can read, both as sentences of the bundles ({@link Phrase}) so the UI
 * says them in the planner's language; {@link #sentence()} is the English reading for the command line and storage.
 */
public record Explanation(StaffingModel model, Map<String, Object> inputs, Phrase formula, Phrase says) {

    public Explanation {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    }

    /** The sentence in English. */
    public String sentence() {
        return says.english();
    }

    /** The formula in English. */
    public String formulaText() {
        return formula.english();
    }
}
