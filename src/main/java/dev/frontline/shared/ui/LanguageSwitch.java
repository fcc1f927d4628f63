package dev.frontline.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import dev.frontline.shared.text.Languages;
import dev.frontline.shared.text.Messages;

/**
 * The language switch of the app layout and the sign-in page: English, Türkçe, Polski, each in its own name. A choice
 * is kept in a cookie (so the sign-in page remembers it), handed to {@code remember} (the app layout stores it for
 * the signed-in user) and shown at once by reloading the page in the new language.
 */
public class LanguageSwitch extends ComboBox<Locale> {

    public LanguageSwitch(Consumer<String> remember) {
        setId("language-switch");
        setItems(Messages.LANGUAGES);
        setItemLabelGenerator(Languages::ownName);
        setAriaLabel(getTranslation("shell.language"));
        setTooltipText(getTranslation("shell.language"));
        setWidth("8.5em");
        setValue(Messages.language(Formats.locale()));
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            String language = e.getValue().getLanguage();
            Cookie cookie = new Cookie(Languages.COOKIE, language);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            if (VaadinService.getCurrentResponse() != null) {
                VaadinService.getCurrentResponse().addCookie(cookie);
            }
            remember.accept(language);
            VaadinRequest request = VaadinService.getCurrentRequest();
            List<Locale> browser = request == null ? List.of() : java.util.Collections.list(request.getLocales());
            Locale locale = Languages.locale(language, browser);
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
    }
}
