package dev.frontline.shared.text;

import java.util.Objects;

/**
 * A value a caller gave that is refused (a request parameter, a path variable, a command-line option), naming the
 * field it came in and why as a sentence of the bundles. The REST advices answer it as a 400 problem in the reader's
 * language with the field named ({@code dev.frontline.shared.api.LocalizedApiProblems}); the command line prints the
 * English message. Pure Java, so engines may refuse with it too.
 */
public class RefusedValueException extends PhrasedException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the name of the parameter or property at fault, as the caller wrote it ("by", "months")
     * @param reason why, without the field's name (the answer puts it in front)
     */
    public RefusedValueException(String field, Phrase reason) {
        super(reason);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return field + ": " + super.getMessage();
    }
}
