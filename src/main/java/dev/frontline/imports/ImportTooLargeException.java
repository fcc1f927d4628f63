package dev.frontline.imports;

/** A file beyond {@code frontline.imports.max-file-size}; the REST API answers 413 with the limit. */
public class ImportTooLargeException extends RuntimeException {

    private final long limitBytes;

    ImportTooLargeException(long limitBytes, String message) {
        super(message);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
