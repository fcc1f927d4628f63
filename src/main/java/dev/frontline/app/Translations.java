package dev.frontline.app;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.DefaultI18NProvider;

/**
 * The languages of the UI texts (vaadin-i18n/translations*.properties), English first. Vaadin gives a browser whose
 * languages match none of them the first one; left to itself it lists them in file order, which would greet an
 * English or German browser in Polish once Turkish and Polish files exist. {@code translations_en.properties} (empty)
 * is there so that an English user never falls back to the server's default locale.
 */
@Component
public class Translations extends DefaultI18NProvider {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("pl"));

    Translations() {
        super(LANGUAGES, Translations.class.getClassLoader());
    }
}
