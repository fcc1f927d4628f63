package dev.frontline.shared.text;

import java.util.Objects;

/**
 * A failure that a user should read in their own language (e.g. why a background job stopped): the message is the
 * English reading for logs, {@link #reason()} the phrase to render or store.
 */
public class PhrasedException extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Phrase reason;

    public PhrasedException(Phrase reason) {
        super(reason.english());
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
