package dev.frontline.security.ui;

import java.util.Arrays;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.AgentWithoutLogin;
import dev.frontline.security.CreatedUser;
import dev.frontline.security.PasswordPolicy;
import dev.frontline.security.UserAdminException;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.UserDraft;

/**
 * Creates or invites one login. Left empty, the password becomes a one-time password shown once (or, with local
 * passwords off, none: the person signs in through the company, found by e-mail). An AGENT picks their agent.
 */
class NewUserDialog extends Dialog {

    private final transient UserAdminService users;
    private final transient Consumer<CreatedUser> created;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<AppRole> role = new Select<>();
    final ComboBox<AgentWithoutLogin> agent = new ComboBox<>();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    NewUserDialog(UserAdminService users, PasswordPolicy policy, Consumer<CreatedUser> created) {
        this.users = users;
        this.created = created;
        setId("user-dialog");
        setHeaderTitle(getTranslation("users.new"));

        username.setId("user-username");
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(getTranslation("users.field.username.helper"));
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("users.field.display-name"));
        role.setId("user-role");
        role.setLabel(getTranslation("users.field.role"));
        role.setItems(Arrays.asList(AppRole.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.getLiteral()));
        role.setValue(AppRole.AGENT);
        agent.setId("user-agent");
        agent.setLabel(getTranslation("users.field.agent"));
        agent.setItems(users.agentsWithoutLogin());
        agent.setItemLabelGenerator(a -> a.employeeNumber() + " – " + a.fullName());
        agent.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                username.setValue(username.isEmpty() ? e.getValue().employeeNumber().toLowerCase(java.util.Locale.ROOT)
                        : username.getValue());
                displayName.setValue(displayName.isEmpty() ? e.getValue().fullName() : displayName.getValue());
                email.setValue(email.isEmpty() ? e.getValue().email() : email.getValue());
            }
        });
        role.addValueChangeListener(e -> agent.setVisible(e.getValue() == AppRole.AGENT));
        email.setId("user-email");
        email.setLabel(getTranslation("users.field.email"));
        email.setHelperText(getTranslation("users.field.email.helper"));
        password.setId("user-password");
        password.setLabel(getTranslation("users.field.password"));
        password.setHelperText(getTranslation("users.field.password.helper", policy.minLength()));
        password.setVisible(users.localPasswords());

        FormLayout form = new FormLayout(role, agent, username, displayName, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        save.setId("user-save");
        save.setText(getTranslation("users.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("users.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        for (HasValidation field : new HasValidation[] {username, displayName, role, agent, email, password}) {
            field.setInvalid(false);
        }
        try {
            CreatedUser user = users.create(new UserDraft(username.getValue(), displayName.getValue(), role.getValue(),
                    role.getValue() == AppRole.AGENT && agent.getValue() != null ? agent.getValue().agentId() : null,
                    email.getValue(), password.getValue()));
            close();
            created.accept(user);
        } catch (UserAdminException e) {
            HasValidation target = switch (e.field() == null ? "" : e.field()) {
                case "displayName" -> displayName;
                case "role" -> role;
                case "agentId" -> agent;
                case "email" -> email;
                case "password" -> password;
                default -> username;
            };
            target.setErrorMessage(getTranslation(e.key(), e.args()));
            target.setInvalid(true);
        }
    }
}
