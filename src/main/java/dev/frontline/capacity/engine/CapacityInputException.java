package dev.frontline.capacity.engine;

/** Input the capacity engine refuses, naming the field a planner corrects. */
public class CapacityInputException extends IllegalArgumentException {

    private final String field;

    public CapacityInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
