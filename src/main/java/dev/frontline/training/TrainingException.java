package dev.frontline.training;

import java.util.List;
import java.util.stream.Collectors;

import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;
import dev.frontline.training.engine.Refusal;

/**
 * A training rule refused the request: every broken rule with its field. {@link Kind#BAD_INPUT} is a 400 in the API,
 * {@link Kind#CONFLICT} (a rule of the stored data: prerequisites, exits, shifts, a stale edit) a 409,
 * {@link Kind#NOT_FOUND} a 404. The message is the English reading (logs, the CLI); readers get each refusal's phrase.
 */
public class TrainingException extends RuntimeException implements Explained {

    public enum Kind { BAD_INPUT, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final transient List<Refusal> refusals;

    public TrainingException(Kind kind, List<Refusal> refusals) {
        super(refusals.stream().map(r -> r.field() + ": " + r.english()).collect(Collectors.joining("; ")));
        this.kind = kind;
        this.refusals = List.copyOf(refusals);
    }

    public TrainingException(Kind kind, Refusal refusal) {
        this(kind, List.of(refusal));
    }

    public Kind kind() {
        return kind;
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The first refusal as a sentence of the bundles (e.g. why an import job stopped); all of them are in {@link #refusals()}. */
    @Override
    public Phrase reason() {
        return refusals.isEmpty() ? null : refusals.getFirst().phrase();
    }
}
