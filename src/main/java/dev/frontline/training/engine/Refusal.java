package dev.frontline.training.engine;

import java.util.List;

import dev.frontline.shared.text.Phrase;

/**
 * Why a training rule refuses something: the field a user corrects, a code (the bundle key
 * {@code training.refusal.<code>}) and its arguments in planners' words (course codes, employee numbers, dates).
 * {@link #phrase()} is the sentence every reader gets in their own language (the UI, the REST API, import errors);
 * {@link #english()} its English reading for the CLI and logs.
 */
public record Refusal(String field, String code, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String field, String code, Object... args) {
        return new Refusal(field, code, List.of(args));
    }

    /** The refusal as a sentence of the bundles: {@code training.refusal.<code>} with its arguments. */
    public Phrase phrase() {
        return Phrase.of("training.refusal." + code, args.toArray());
    }

    public String english() {
        return phrase().english();
    }
}
