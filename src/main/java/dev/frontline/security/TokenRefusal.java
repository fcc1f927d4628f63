package dev.frontline.security;

import java.util.Locale;
import java.util.Objects;

import dev.frontline.shared.text.Phrase;

/** A token request refused (no name, a name taken, an expiry past), said as a sentence of the bundles; message English. */
public class TokenRefusal extends IllegalArgumentException {

    private final transient Phrase reason;

    TokenRefusal(Phrase reason) {
        super(reason.english());
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The refusal in the language of {@code locale}. */
    public String reason(Locale locale) {
        return reason.render(locale);
    }
}
