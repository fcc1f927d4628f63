package dev.frontline.app;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.frontline.shared.text.Languages;

/**
 * The language of a REST request, which controllers receive as their {@code Locale} argument (problem details, job
 * progress, explanations): the language the signed-in user chose (the same choice the app's switch remembers), else
 * the first of the request's Accept-Language that Frontline speaks, else English; always with a country, so numbers
 * and dates follow it.
 */
@Configuration(proxyBeanMethods = false)
class RequestLanguage {

    /** Named {@code localeResolver}: the name Spring MVC looks up, so this replaces its Accept-Language-only default. */
    @Bean
    LocaleResolver localeResolver(UserLanguages userLanguages) {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                List<Locale> browser = request.getHeader("Accept-Language") == null ? List.of()
                        : Collections.list(request.getLocales());
                return userLanguages.current().map(language -> Languages.locale(language, browser))
                        .orElseGet(() -> Languages.fromBrowser(browser));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen through /api/v1/me/language");
            }
        };
    }
}
