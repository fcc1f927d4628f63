package dev.frontline.attrition;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.frontline.attrition.engine.ExitReasons;
import dev.frontline.shared.text.Messages;

/**
 * Exit reasons as a reader sees them: a category code (the demo's BETTER_PAY, the engine's "no reason given") in the
 * reader's language from the bundles ({@code attrition.exit-reason.<CODE>}); a reason HR typed reads as typed.
 */
public final class ExitReasonNames {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*");

    private ExitReasonNames() {
    }

    public static String display(String reason, Locale locale) {
        if (reason == null) {
            return "";
        }
        String code = ExitReasons.NO_REASON.equals(reason) ? "NO_REASON" : reason;
        if (!CODE.matcher(code).matches()) {
            return reason;
        }
        return Messages.pattern("attrition.exit-reason." + code, locale)
                .map(p -> Messages.format(locale, "attrition.exit-reason." + code))
                .orElse(reason);
    }
}
