package dev.frontline.app;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import dev.frontline.shared.text.Messages;

/**
 * Vaadin's view of the UI texts (vaadin-i18n/translations*.properties): English, Turkish and Polish, English first.
 * Vaadin gives a browser whose languages match none of them the first one. Texts are formatted by ICU
 * MessageFormat ({@link Messages}), so Polish plurals get their one/few/many forms and a text with an apostrophe
 * reads the same with or without arguments. English is the base bundle itself: {@link Messages} reads bundles
 * without falling back to the server's default locale, so an English user never gets another language.
 */
@Component
public class Translations implements I18NProvider {

    public static final List<Locale> LANGUAGES = Messages.LANGUAGES;

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        return Messages.format(locale, key, params);
    }
}
