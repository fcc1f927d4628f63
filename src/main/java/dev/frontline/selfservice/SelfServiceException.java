package dev.frontline.selfservice;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.frontline.shared.text.Phrase;

/**
 * An agent's request refused by a rule: {@code field} names what the agent sent that the rule refuses, {@code rule}
 * the rule ({@code SEATS_TAKEN}, {@code POLICY}, {@code OFFICE_NOT_ALLOWED}, {@code BALANCE}...), and
 * {@code properties} the numbers the agent needs (seats and bookings). {@link #reason()} says it as a sentence of the
 * bundles, which pages and REST problem details render in the reader's language; the exception's message is its English
 * reading (logs). REST answers 409 for a rule and 400 for bad input ({@link #badInput}).
 */
public class SelfServiceException extends RuntimeException implements dev.frontline.shared.text.Explained {

    private final String field;
    private final String rule;
    private final boolean badInput;
    private final transient Phrase reason;
    private final Map<String, Object> properties;

    private SelfServiceException(String field, String rule, boolean badInput, Phrase reason, Map<String, Object> properties) {
        super(field + ": " + reason.english());
        this.field = field;
        this.rule = rule;
        this.badInput = badInput;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.properties = Map.copyOf(properties);
    }

    /** A value the request may never carry (a past date, an unknown site): 400. */
    public static SelfServiceException badInput(String field, String rule, Phrase reason) {
        return new SelfServiceException(field, rule, true, reason, Map.of());
    }

    /** A well-formed request that a rule refuses now (seats taken, the hybrid policy, the balance): 409. */
    public static SelfServiceException refused(String field, String rule, Phrase reason, Map<String, Object> properties) {
        return new SelfServiceException(field, rule, false, reason, properties);
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

    /** The refusal as a sentence of the bundles, to render in the reader's language. */
    @Override
    public Phrase reason() {
        return reason;
    }

    /** The refusal in the language of {@code locale}. */
    public String reason(Locale locale) {
        return reason.render(locale);
    }
}
