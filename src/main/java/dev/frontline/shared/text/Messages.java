package dev.frontline.shared.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

/**
 * The UI texts of {@code vaadin-i18n/translations*.properties}, formatted with ICU MessageFormat so that plurals follow
 * the language's CLDR rules ({@code {0,plural,one{# tydzień} few{# tygodnie} many{# tygodni} other{# tygodnia}}}),
 * numbers and dates the locale's conventions. Every text goes through the formatter, with or without arguments, so
 * {@code ''} always reads as one apostrophe. Pure Java: the Vaadin provider ({@code dev.frontline.app.Translations}),
 * the command line (English) and services that explain themselves in English all use it.
 */
public final class Messages {

    /** The bundle's base name; {@code translations.properties} is English. */
    public static final String BUNDLE = "vaadin-i18n.translations";

    /** The languages the UI speaks, English first (the language of a browser that asks for none of them). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("pl"));

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The language of {@link #LANGUAGES} that serves {@code locale} (its language), English when none does. */
    public static Locale language(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The raw pattern of {@code key} in the language of {@code locale}, falling back to English. */
    public static Optional<String> pattern(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language(locale), Messages.class.getClassLoader(),
                    NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** {@code key} formatted in the language of {@code locale}; {@code !lang: key} when the key is in no bundle. */
    public static String format(Locale locale, String key, Object... args) {
        Locale formatLocale = locale == null ? Locale.ENGLISH : locale;
        return pattern(key, formatLocale)
                .map(p -> formatPattern(p, formatLocale, args))
                .orElseGet(() -> "!" + formatLocale.getLanguage() + ": " + key);
    }

    /** The English text of {@code key}: for the command line, logs and exception messages. */
    public static String english(String key, Object... args) {
        return format(Locale.ENGLISH, key, args);
    }

    /** One ICU pattern formatted in {@code locale}. */
    public static String formatPattern(String pattern, Locale locale, Object... args) {
        Object[] readable = args == null ? new Object[0]
                : java.util.Arrays.stream(args).map(a -> readable(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(readable);
    }

    /**
     * A date as the locale writes it (medium: "14 Dec 2026", "14 Ara 2026") and a weekday by its name; other values
     * as they are. ICU would give a {@link LocalDate} a midnight time and print a {@link DayOfWeek}'s code.
     */
    public static Object readable(Object value, Locale locale) {
        return switch (value) {
            case LocalDate d -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
            case DayOfWeek d -> d.getDisplayName(TextStyle.FULL, locale);
            case null, default -> value;
        };
    }
}
