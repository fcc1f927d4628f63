package dev.frontline.quality.planactual;

import java.util.List;

/**
 * A request plan against actual refuses: the field at fault, a bundle key the UI and the REST problem word it with, its
 * arguments, and an English message for logs.
 */
public class PlanActualInputException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public PlanActualInputException(String field, String messageKey, String message, Object... arguments) {
        super(field + ": " + message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
