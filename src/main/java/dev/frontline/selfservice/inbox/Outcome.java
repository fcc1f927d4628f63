package dev.frontline.selfservice.inbox;

import java.util.Locale;

import dev.frontline.shared.text.Phrase;

/**
 * What became of one request of a (bulk) decision: {@code reason} null when it was decided, else why it was not (the
 * request was decided meanwhile, a rule refuses it) as a sentence of the bundles, which the inbox page and the REST
 * answer render in the reader's language; the other requests of a bulk decision are unaffected.
 */
public record Outcome(String reference, Decision decision, Phrase reason) {

    public boolean done() {
        return reason == null;
    }

    /** Why the request was not decided, in the language of {@code locale}; null when it was decided. */
    public String error(Locale locale) {
        return reason == null ? null : reason.render(locale);
    }
}
