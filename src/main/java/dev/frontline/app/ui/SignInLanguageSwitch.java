package dev.frontline.app.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import dev.frontline.security.ui.LoginView;
import dev.frontline.shared.ui.LanguageSwitch;

/**
 * Puts the language switch on the sign-in page. Nobody is signed in there, so the choice lives in a cookie only. Added
 * from here so that the security package needs nothing of the shared UI (which depends on it through the jobs).
 */
@Component
class SignInLanguageSwitch implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation ->
                navigation.getActiveChain().stream()
                        .filter(LoginView.class::isInstance).map(LoginView.class::cast).findFirst()
                        .filter(login -> login.getChildren().noneMatch(LanguageSwitch.class::isInstance))
                        .ifPresent(login -> login.addComponentAsFirst(new LanguageSwitch(language -> { })))));
    }
}
