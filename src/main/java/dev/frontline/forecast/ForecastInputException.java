package dev.frontline.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;

/**
 * Bad input from a planner, refused before anything is written. It names the field, and carries an i18n key with
 * its arguments so the view can say it in the user's language; the message is a readable English fallback.
 */
public class ForecastInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ForecastInputException(String field, String messageKey, String englishMessage, Object... arguments) {
        super(field + ": " + englishMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The input field at fault, e.g. "reason", "value", "date". */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /**
     * The refusal as a sentence of the bundles (without the field's name), for REST answers in the reader's language;
     * empty when the key is in no bundle, and the English message must do.
     */
    public Optional<Phrase> reason() {
        if (Messages.pattern(messageKey, Locale.ENGLISH).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(messageKey, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList()));
    }

    /** The problem's detail in the language of {@code locale}: the field, then why. */
    public String detail(Locale locale) {
        return reason().map(r -> Phrase.of("rest.problem.invalid-field", field, r).render(locale)).orElseGet(this::getMessage);
    }
}
