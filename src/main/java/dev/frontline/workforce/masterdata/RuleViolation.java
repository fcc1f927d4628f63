package dev.frontline.workforce.masterdata;

import java.util.Locale;

import dev.frontline.shared.text.Phrase;

/**
 * One broken rule of a draft: the record component it concerns (so a form can mark its field and an import its
 * column) and why, worded in every language of the UI (so an import's stored error reads in its reader's language).
 */
public record RuleViolation(String property, Phrase reason) {

    /** Why, in the language of {@code locale}. */
    public String in(Locale locale) {
        return reason.render(locale);
    }

    /** Why, in English: for logs, the command line and exception messages. */
    public String english() {
        return reason.english();
    }
}
