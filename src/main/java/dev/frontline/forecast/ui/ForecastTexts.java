package dev.frontline.forecast.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.OptionalDouble;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import dev.frontline.forecast.ForecastInputException;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.ui.Formats;

/** Formatting and message helpers shared by the forecast views, so every panel says things the same way. */
final class ForecastTexts {

    private ForecastTexts() {
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Formats.locale())
                .format(instant.atZone(zone));
    }

    static String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Formats.locale()).format(time);
    }

    /** A forecasting method in the planner's words ("mean of the last 4 same weekdays"); its code when unknown. */
    static String method(String code, java.util.Locale locale) {
        String key = "forecast.method." + code;
        return dev.frontline.shared.text.Messages.pattern(key, locale).isPresent()
                ? dev.frontline.shared.text.Messages.format(locale, key) : code;
    }

    /** A version's model label in words: "mean of the last 4 same weekdays", "ensemble (a, b and c)" with each in words. */
    static String model(String label, java.util.Locale locale) {
        int open = label.indexOf(" (");
        if (open < 0 || !label.endsWith(")")) {
            return method(label, locale);
        }
        java.util.List<String> members = java.util.Arrays.stream(label.substring(open + 2, label.length() - 1).split(",\\s*"))
                .map(m -> method(m, locale)).toList();
        return method(label.substring(0, open), locale) + " ("
                + com.ibm.icu.text.ListFormatter.getInstance(locale).format(members) + ")";
    }

    /** Renders an engine phrase with method codes said in words. */
    static String render(Phrase phrase, java.util.Locale locale) {
        return phrase.render(locale, arg -> arg instanceof String s && !s.isBlank() && !method(s, locale).equals(s)
                ? method(s, locale) : arg);
    }

    static String contacts(double value) {
        return Formats.decimal(value, 1);
    }

    static String percentOrDash(OptionalDouble value) {
        return value.isPresent() ? Formats.percent(value.getAsDouble(), 1) : "–";
    }

    static String decimalOrDash(OptionalDouble value, int digits) {
        return value.isPresent() ? Formats.decimal(value.getAsDouble(), digits) : "–";
    }

    /** The refusal in the user's language, with dates and numbers formatted for them. */
    static String message(Component where, ForecastInputException e) {
        Object[] args = Arrays.stream(e.arguments()).map(ForecastTexts::formatArgument).toArray();
        String text = where.getTranslation(e.messageKey(), args);
        // a key missing from the bundle comes back as "!{key}!": fall back to the English message then
        return text.startsWith("!") ? e.getMessage() : text;
    }

    /** Shows the refusal on the field it names, when that field is one of the given ones. */
    static void markField(Component where, ForecastInputException e, FieldRef... fields) {
        for (FieldRef f : fields) {
            if (f.name().equals(e.field())) {
                f.field().setErrorMessage(message(where, e));
                f.field().setInvalid(true);
            }
        }
    }

    static void clearFields(FieldRef... fields) {
        for (FieldRef f : fields) {
            f.field().setInvalid(false);
            f.field().setErrorMessage(null);
        }
    }

    /** A form field and the service's name for it. */
    record FieldRef(String name, HasValidation field) {
    }

    private static Object formatArgument(Object arg) {
        if (arg instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (arg instanceof LocalTime t) {
            return time(t);
        }
        if (arg instanceof Double d) {
            return Formats.decimal(d, 1);
        }
        return arg;
    }
}
