package dev.frontline.shared.text;

import java.util.Objects;

/**
 * A state that refuses an action (a request decided meanwhile, a swap refused when checked again), said as a sentence
 * of the bundles for the user's language: the message is the English reading for logs, {@link #reason()} the phrase.
 */
public class PhrasedStateException extends IllegalStateException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Phrase reason;

    public PhrasedStateException(Phrase reason) {
        this(reason, null);
    }

    public PhrasedStateException(Phrase reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
