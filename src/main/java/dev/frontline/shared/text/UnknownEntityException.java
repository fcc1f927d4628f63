package dev.frontline.shared.text;

/**
 * Something a caller named by its id or code that does not exist (a requirement version, a swap, a bid round), said
 * as a sentence of the bundles so that the reader gets it in their language: the REST advices answer it as a 404
 * problem ({@code dev.frontline.shared.api.LocalizedApiProblems}) naming the field the id came in when it is known.
 * The message is the English reading, for logs and the command line. Pure Java, so services may throw it.
 */
public class UnknownEntityException extends PhrasedException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the parameter or property that named it, as the caller wrote it ("id", "roundId"); null when the
     *               request names it in no field of its own (e.g. "my current bid round")
     * @param reason the whole sentence, e.g. {@code rest.unknown.swap} with the id
     */
    public UnknownEntityException(String field, Phrase reason) {
        super(reason);
        this.field = field;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return field == null ? super.getMessage() : field + ": " + super.getMessage();
    }
}
