package dev.frontline.quality.speed;

import java.util.NoSuchElementException;
import java.util.Objects;

import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;

/**
 * A team or agent asked for by its id or employee number that does not exist: the request's field that named it and
 * why as a sentence of the bundles. The KPI API answers it as a 404 in the reader's language naming the field; the
 * message is the English reading for logs.
 */
public class UnknownKpiSubjectException extends NoSuchElementException implements Explained {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Phrase reason;

    public UnknownKpiSubjectException(String field, Phrase reason) {
        super(field + ": " + reason.english());
        this.field = Objects.requireNonNull(field, "field");
        this.reason = reason;
    }

    /** The path variable or parameter that named what does not exist ("team", "employeeNumber"). */
    public String field() {
        return field;
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
