package dev.frontline.shared.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which locale a user gets: the language they chose (remembered per user, or picked on the sign-in page) or else the
 * first of the browser's languages that Frontline speaks, always with a country so that dates, numbers and the first
 * day of the week follow it ("tr" becomes tr-TR; an English browser keeps en-GB or en-US as it says).
 */
public final class Languages {

    /** The cookie in which the sign-in page's language switch remembers the choice before anyone is signed in. */
    public static final String COOKIE = "frontline-language";

    private Languages() {
    }

    /** A supported language code ("en", "tr", "pl") from a cookie or a stored choice, if it is one. */
    public static Optional<String> supported(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Messages.LANGUAGES.stream().map(Locale::getLanguage).filter(code::equals).findFirst();
    }

    /** The locale to use for {@code language}, taking the country from the browser when it names one. */
    public static Locale locale(String language, List<Locale> browser) {
        return browser.stream()
                .filter(l -> l.getLanguage().equals(language) && !l.getCountry().isEmpty())
                .findFirst()
                .orElseGet(() -> withDefaultCountry(language));
    }

    /** The first browser language Frontline speaks, with its country; English (en-GB) when it speaks none. */
    public static Locale fromBrowser(List<Locale> browser) {
        return browser.stream()
                .map(Locale::getLanguage)
                .filter(l -> supported(l).isPresent())
                .findFirst()
                .map(l -> locale(l, browser))
                .orElse(Locale.UK);
    }

    private static Locale withDefaultCountry(String language) {
        return switch (language) {
            case "tr" -> Locale.forLanguageTag("tr-TR");
            case "pl" -> Locale.forLanguageTag("pl-PL");
            default -> Locale.UK;
        };
    }

    /** A language's own name, as a switch lists it: English, Türkçe, Polski. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
