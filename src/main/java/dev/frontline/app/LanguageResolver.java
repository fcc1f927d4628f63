package dev.frontline.app;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

import dev.frontline.shared.text.Languages;
import dev.frontline.shared.text.Messages;

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
            connectionTexts(init.getUI());
        });
    }

    Locale resolve(VaadinRequest request) {
        List<Locale> browser = request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
        Optional<String> chosen = userLanguages.current().or(() -> cookie(request));
        return chosen.map(language -> Languages.locale(language, browser)).orElseGet(() -> Languages.fromBrowser(browser));
    }

    /**
     * The connection indicator's words ("Online", "Connection lost, trying to reconnect…") in the UI's language; the
     * indicator is Vaadin's own element, so its texts are set on it in the browser.
     */
    static void connectionTexts(UI ui) {
        Locale locale = ui.getLocale();
        String online = Messages.format(locale, "app.connection.online");
        String offline = Messages.format(locale, "app.connection.offline");
        String reconnecting = Messages.format(locale, "app.connection.reconnecting");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(offline);
        ui.getPage().executeJs("""
                const texts = {onlineText: $0, offlineText: $1, reconnectingText: $2};
                const apply = () => {
                  const indicator = (window.Vaadin && window.Vaadin.connectionIndicator)
                      || document.querySelector('vaadin-connection-indicator');
                  if (indicator) {
                    Object.assign(indicator, texts);
                  }
                  return !!indicator;
                };
                // the indicator may come later than this script on a slow page: look again for up to ten seconds
                let tries = 0;
                const retry = () => {
                  if (!apply() && ++tries < 20) {
                    setTimeout(retry, 500);
                  }
                };
                retry();""", online, offline, reconnecting);
    }

    private static Optional<String> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> Languages.COOKIE.equals(c.getName())).findFirst()
                        .flatMap(c -> Languages.supported(c.getValue()));
    }
}
