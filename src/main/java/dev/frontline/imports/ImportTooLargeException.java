package dev.frontline.imports;

import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;

/**
 * A file beyond {@code frontline.imports.max-file-size}; the REST API answers 413 with the limit in the reader's
 * language ({@link #reason()}), the command line prints the English message.
 */
public class ImportTooLargeException extends RuntimeException implements Explained {

    private final long limitBytes;
    private final transient Phrase reason;

    ImportTooLargeException(long limitBytes, Phrase reason) {
        super(reason.english());
        this.limitBytes = limitBytes;
        this.reason = reason;
    }

    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
