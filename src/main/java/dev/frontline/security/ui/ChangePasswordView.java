package dev.frontline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import dev.frontline.security.CurrentUser;
import dev.frontline.security.FrontlineUser;
import dev.frontline.security.PasswordPolicy;
import dev.frontline.security.UserAdminException;
import dev.frontline.security.UserAdminService;

/**
 * Every user's own password: the current one, then a new one that meets the policy. A user who signed in with a
 * one-time password is sent here before anything else ({@link PasswordChangeGate}).
 */
@Route("account/password")
@PermitAll
@Menu(title = "nav.account.password", order = 90, icon = "vaadin:lock")
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdminService users;

    final PasswordField current = new PasswordField();
    final PasswordField replacement = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(UserAdminService users, PasswordPolicy policy, CurrentUser currentUser) {
        this.users = users;
        setId("change-password-view");
        setMaxWidth("36em");
        add(new H2(getTranslation("account.password.title")));
        if (currentUser.get().map(FrontlineUser::passwordChangeRequired).orElse(false)) {
            Paragraph required = new Paragraph(getTranslation("account.password.required"));
            required.setId("password-change-required");
            add(required);
        }
        if (!users.localPasswords()) {
            add(new Paragraph(getTranslation("account.password.company-only")));
            return;
        }
        current.setId("password-current");
        current.setLabel(getTranslation("account.password.current"));
        replacement.setId("password-new");
        replacement.setLabel(getTranslation("account.password.new"));
        replacement.setHelperText(getTranslation("users.password.rules", policy.minLength()));
        confirm.setId("password-confirm");
        confirm.setLabel(getTranslation("users.field.password-confirm"));
        save.setId("password-save");
        save.setText(getTranslation("account.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(current, replacement, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        current.setInvalid(false);
        replacement.setInvalid(false);
        confirm.setInvalid(false);
        if (!replacement.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("users.error.password-mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), replacement.getValue());
            current.clear();
            replacement.clear();
            confirm.clear();
            Notification.show(getTranslation("account.password.saved"));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (UserAdminException e) {
            PasswordField target = "current".equals(e.field()) ? current : replacement;
            target.setErrorMessage(getTranslation(e.key(), e.args()));
            target.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title");
    }
}
