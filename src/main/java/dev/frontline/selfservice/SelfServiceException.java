package dev.frontline.selfservice;

import java.util.Map;

/**
 * An agent's request refused by a rule: {@code field} names what the agent sent that the rule refuses, {@code rule}
 * the rule ({@code SEATS_TAKEN}, {@code POLICY}, {@code OFFICE_NOT_ALLOWED}, {@code BALANCE}...), and
 * {@code properties} the numbers the agent needs (seats and bookings). The message says it in plain words. REST
 * answers 409 for a rule and 400 for bad input ({@link #badInput}).
 */
public class SelfServiceException extends RuntimeException {

    private final String field;
    private final String rule;
    private final boolean badInput;
    private final Map<String, Object> properties;

    private SelfServiceException(String field, String rule, boolean badInput, String message, Map<String, Object> properties) {
        super(field + ": " + message);
        this.field = field;
        this.rule = rule;
        this.badInput = badInput;
        this.properties = Map.copyOf(properties);
    }

    /** A value the request may never carry (a past date, an unknown site): 400. */
    public static SelfServiceException badInput(String field, String rule, String message) {
        return new SelfServiceException(field, rule, true, message, Map.of());
    }

    /** A well-formed request that a rule refuses now (seats taken, the hybrid policy, the balance): 409. */
    public static SelfServiceException refused(String field, String rule, String message, Map<String, Object> properties) {
        return new SelfServiceException(field, rule, false, message, properties);
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public boolean isBadInput() {
        return badInput;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
