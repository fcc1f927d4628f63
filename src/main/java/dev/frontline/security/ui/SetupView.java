package dev.frontline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.frontline.security.AdminBootstrap;
import dev.frontline.security.PasswordPolicy;
import dev.frontline.security.SignInOptions;
import dev.frontline.security.UserAdminException;

/**
 * The one-time setup of a new centre: creates the first admin with a password the person chooses. Reachable only while
 * no enabled admin exists; afterwards it sends everyone to the login page.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AdminBootstrap bootstrap;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button create = new Button();

    public SetupView(AdminBootstrap bootstrap, SignInOptions options, PasswordPolicy policy) {
        this.bootstrap = bootstrap;
        setId("setup-view");
        setAlignItems(Alignment.CENTER);
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");

        username.setId("setup-username");
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(getTranslation("users.field.username.helper"));
        displayName.setId("setup-display-name");
        displayName.setLabel(getTranslation("users.field.display-name"));
        email.setId("setup-email");
        email.setLabel(getTranslation("users.field.email"));
        password.setId("setup-password");
        password.setLabel(getTranslation("users.field.password"));
        password.setHelperText(getTranslation("users.password.rules", policy.minLength()));
        confirm.setId("setup-confirm");
        confirm.setLabel(getTranslation("users.field.password-confirm"));
        password.setVisible(options.localPasswords());
        confirm.setVisible(options.localPasswords());
        create.setId("setup-create");
        create.setText(getTranslation("setup.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());

        FormLayout form = new FormLayout(username, displayName, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("setup.title")),
                new Paragraph(getTranslation(options.localPasswords() ? "setup.intro" : "setup.intro.company")),
                form, create);
    }

    private void create() {
        for (var field : new com.vaadin.flow.component.HasValidation[] {username, displayName, email, password}) {
            field.setInvalid(false);
        }
        if (password.isVisible() && !password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("users.error.password-mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            bootstrap.createFirstAdmin(username.getValue(), displayName.getValue(), email.getValue(),
                    password.isVisible() ? password.getValue() : null);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (UserAdminException e) {
            com.vaadin.flow.component.HasValidation target = switch (e.field() == null ? "" : e.field()) {
                case "username" -> username;
                case "displayName" -> displayName;
                case "email" -> email;
                case "password" -> password;
                default -> username;
            };
            target.setErrorMessage(getTranslation(e.key(), e.args()));
            target.setInvalid(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!bootstrap.setupOpen()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " | " + getTranslation("app.name");
    }
}
