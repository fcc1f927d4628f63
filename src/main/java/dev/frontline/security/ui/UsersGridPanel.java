package dev.frontline.security.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.frontline.security.UserAdminException;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.UserSummary;
import dev.frontline.shared.ui.UserZone;

/** The list of logins with the actions on each row; refusals (the last admin, oneself) appear as a notification. */
class UsersGridPanel extends Grid<UserSummary> {

    private final transient UserAdminService users;

    UsersGridPanel(UserAdminService users, Consumer<UserSummary> changeRole, BiConsumer<String, String> showSecret) {
        this.users = users;
        setId("users-grid");
        // nine columns and the actions in 1280 px in every language: the texts share the width (a cut one shows in
        // full on hover) and only the actions take what their buttons need
        addClassName("fl-dense-grid");
        addColumn(UserSummary::username).setHeader(getTranslation("users.field.username")).setKey("username")
                .setWidth("8em").setFlexGrow(1).setSortable(true);
        addColumn(UserSummary::displayName).setHeader(getTranslation("users.field.display-name")).setWidth("9em")
                .setFlexGrow(2);
        addColumn(u -> getTranslation("role." + u.role().getLiteral())).setHeader(getTranslation("users.field.role"))
                .setKey("role").setWidth("7em").setFlexGrow(1);
        addColumn(u -> u.agentEmployeeNumber() == null ? "" : u.agentEmployeeNumber())
                .setHeader(getTranslation("users.field.agent")).setWidth("6em").setFlexGrow(0);
        addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.field.email")).setWidth("9em")
                .setFlexGrow(2);
        addColumn(this::signIn).setHeader(getTranslation("users.col.sign-in")).setWidth("7em").setFlexGrow(1);
        addColumn(this::state).setHeader(getTranslation("users.col.state")).setKey("state").setWidth("7em").setFlexGrow(1);
        addColumn(u -> u.lastSignInAt() == null ? "" : UserZone.dateTime(u.lastSignInAt().toInstant()))
                .setHeader(getTranslation("users.col.last-sign-in")).setWidth("8em").setFlexGrow(1);
        addComponentColumn(u -> actions(u, changeRole, showSecret)).setKey("actions").setAutoWidth(true);
        refresh();
    }

    void refresh() {
        setItems(users.users());
    }

    private String signIn(UserSummary u) {
        String password = u.hasPassword() ? getTranslation("users.sign-in.password") : null;
        String company = u.companySignInLinked() ? getTranslation("users.sign-in.company") : null;
        return password == null && company == null ? getTranslation("users.sign-in.none")
                : password == null ? company : company == null ? password : password + ", " + company;
    }

    private String state(UserSummary u) {
        String state = getTranslation(u.enabled() ? "users.state.enabled" : "users.state.disabled");
        if (u.demo()) {
            state += " · " + getTranslation("users.state.demo");
        }
        if (u.passwordChangeRequired()) {
            state += " · " + getTranslation("users.state.one-time");
        }
        return state;
    }

    private HorizontalLayout actions(UserSummary u, Consumer<UserSummary> changeRole, BiConsumer<String, String> showSecret) {
        Button toggle = new Button(getTranslation(u.enabled() ? "users.disable" : "users.enable"),
                e -> act(() -> users.setEnabled(u.id(), !u.enabled())));
        toggle.setId("users-toggle-" + u.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, u.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        Button reset = new Button(getTranslation("users.reset-password"),
                e -> act(() -> showSecret.accept(u.username(), users.resetPassword(u.id()))));
        reset.setId("users-reset-" + u.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setEnabled(users.localPasswords());
        Button role = new Button(getTranslation("users.change-role"), e -> changeRole.accept(u));
        role.setId("users-role-" + u.username());
        role.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset, role);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserAdminException e) {
            Notification refused = Notification.show(getTranslation(e.key(), e.args()));
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
