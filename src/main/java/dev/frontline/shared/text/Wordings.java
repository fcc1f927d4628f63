package dev.frontline.shared.text;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text already worded in each language of the UI, for a phrase argument whose wording no bundle of ours holds (a
 * Bean Validation message, whose expressions only the validator evaluates) but that must still be read later in a
 * language not known when it was written. Rendered in the reader's language, English when that one is missing.
 *
 * @param byLanguage the text keyed by ISO language code ("en", "tr", "pl")
 */
public record Wordings(Map<String, String> byLanguage) {

    public Wordings {
        byLanguage = Map.copyOf(byLanguage);
        Objects.requireNonNull(byLanguage.get(Locale.ENGLISH.getLanguage()), "the English wording");
    }

    /** The text in the language of {@code locale}, else in English. */
    public String in(Locale locale) {
        String language = Messages.language(locale).getLanguage();
        return byLanguage.getOrDefault(language, byLanguage.get(Locale.ENGLISH.getLanguage()));
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
