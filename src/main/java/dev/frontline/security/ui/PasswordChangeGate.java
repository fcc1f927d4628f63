package dev.frontline.security.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import dev.frontline.security.CurrentUser;
import dev.frontline.security.FrontlineUser;

/**
 * A user who signed in with a one-time password (set by an admin) sees nothing but the password change until they
 * have chosen their own.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != ChangePasswordView.class
                    && enter.getNavigationTarget() != LoginView.class
                    && currentUser.get().map(FrontlineUser::passwordChangeRequired).orElse(false)) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
