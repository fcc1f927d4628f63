package dev.frontline.app;

import java.util.Locale;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;

/**
 * Bean Validation speaks the user's language: a rule broken in a service (a draft checked by {@code DraftRules}) is
 * worded from {@code ValidationMessages_tr/_pl} in the language of the page the user is on (the UI's locale, which
 * the language switch and the user's remembered choice set), and on the REST API in the request's language
 * (Accept-Language, through Spring's {@link LocaleContextHolder}). Without this the page would follow the browser's
 * Accept-Language even after the user chose another language, and a job thread the server's default.
 */
@Component
class UiLocaleValidation implements ValidationConfigurationCustomizer {

    @Override
    public void customize(Configuration<?> configuration) {
        configuration.messageInterpolator(new UiLocaleInterpolator(configuration.getDefaultMessageInterpolator()));
    }

    /** The locale a message is worded in: the current page's, else the request's, else English. */
    static Locale currentLocale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        Locale request = LocaleContextHolder.getLocaleContext() == null ? null : LocaleContextHolder.getLocale();
        return request == null ? Locale.ENGLISH : request;
    }

    /** Delegates to Hibernate Validator's interpolator with the current locale instead of the JVM's. */
    record UiLocaleInterpolator(MessageInterpolator target) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return target.interpolate(messageTemplate, context, currentLocale());
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return target.interpolate(messageTemplate, context, locale);
        }
    }
}
