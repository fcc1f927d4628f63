package dev.frontline.workforce;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import dev.frontline.db.enums.ExitKind;
import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;

/**
 * Exit reasons as a reader sees them: a category code (BETTER_PAY, FIXED_TERM_END, or "no reason given" as the
 * attrition analyses count it) in the reader's language from the bundles ({@code attrition.exit-reason.<CODE>}); a
 * reason HR typed reads as typed. The agent form offers the categories of the exit's kind, and stores their codes.
 */
public final class ExitReasonNames {

    /** What the attrition analyses count an exit without a reason as (their {@code ExitReasons.NO_REASON}). */
    public static final String NO_REASON = "(no reason given)";

    /** The categories of a voluntary exit, as stored. */
    public static final List<String> VOLUNTARY = List.of("BETTER_PAY", "CAREER_CHANGE", "RELOCATION", "STUDY",
            "WORKLOAD", "SHIFT_PATTERN", "PROMOTION_ELSEWHERE");

    /** The categories of an involuntary exit, as stored. */
    public static final List<String> INVOLUNTARY = List.of("PERFORMANCE", "ATTENDANCE", "FIXED_TERM_END", "CONDUCT");

    private static final String KEY = "attrition.exit-reason.";

    private ExitReasonNames() {
    }

    /** The categories to offer for an exit of {@code kind}; all of them while the kind is not chosen. */
    public static List<String> categories(ExitKind kind) {
        if (kind == null) {
            return Stream.concat(VOLUNTARY.stream(), INVOLUNTARY.stream()).toList();
        }
        return kind == ExitKind.VOLUNTARY ? VOLUNTARY : INVOLUNTARY;
    }

    /** The reason in the language of {@code locale}: a category's name, or the reason as typed. */
    public static String display(String reason, Locale locale) {
        if (reason == null) {
            return "";
        }
        return phrase(reason).map(p -> p.render(locale)).orElse(reason);
    }

    /** The category's name as a phrase to render later (e.g. in a stored audit event); empty for a typed reason. */
    public static Optional<Phrase> phrase(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        String key = KEY + (NO_REASON.equals(reason) ? "NO_REASON" : reason);
        return Messages.pattern(key, Locale.ENGLISH).map(p -> Phrase.of(key));
    }
}
