package dev.frontline.selfservice.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Words why a wish was refused in the reader's language: the sentence of {@code selfservice.wishes.reason.<CODE>},
 * with dates among the arguments written as the reader's weekday and date ("Tuesday 12 January").
 */
public final class ReasonWording {

    private ReasonWording() {
    }

    public static String sentence(I18NProvider i18n, Locale locale, WishOutcome outcome) {
        if (outcome.honoured()) {
            return i18n.getTranslation("selfservice.wishes.honoured", locale);
        }
        Object[] args = outcome.reasonArgs().stream().map(a -> word(a, locale)).toArray();
        return i18n.getTranslation("selfservice.wishes.reason." + outcome.reasonCode(), locale, args);
    }

    private static Object word(String arg, Locale locale) {
        if (arg.length() == 10 && arg.charAt(4) == '-') {
            try {
                return LocalDate.parse(arg).format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
            } catch (DateTimeParseException notADate) {
                return arg;
            }
        }
        return arg;
    }
}
