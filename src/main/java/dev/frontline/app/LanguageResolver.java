package dev.frontline.app;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

import dev.frontline.shared.text.Languages;

/**
 * Gives each new UI the user's language: the one the signed-in user chose, else the one picked on the sign-in page
 * (cookie), else the first of the browser's languages Frontline speaks, always with a country so that dates and
 * numbers follow it.
 */
@Component
class LanguageResolver implements VaadinServiceInitListener {

    private final UserLanguages userLanguages;

    LanguageResolver(UserLanguages userLanguages) {
        this.userLanguages = userLanguages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(resolve(request));
            }
        });
    }

    Locale resolve(VaadinRequest request) {
        List<Locale> browser = request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
        Optional<String> chosen = userLanguages.current().or(() -> cookie(request));
        return chosen.map(language -> Languages.locale(language, browser)).orElseGet(() -> Languages.fromBrowser(browser));
    }

    private static Optional<String> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> Languages.COOKIE.equals(c.getName())).findFirst()
                        .flatMap(c -> Languages.supported(c.getValue()));
    }
}
