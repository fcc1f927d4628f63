package dev.frontline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.PasswordPolicy;
import dev.frontline.security.Roles;
import dev.frontline.security.UserAdminService;

/**
 * The admin's users page: every login with its role, agent, sign-in methods and state; create or invite one, create
 * logins for all agents without one, and per login disable/enable, reset the password or change the role. Every
 * change goes through {@link UserAdminService}, which checks the rules and writes the audit trail.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.users", order = 80, icon = "vaadin:users")
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdminService users;
    private final transient PasswordPolicy policy;

    final UsersGridPanel grid;
    final Button newUser = new Button();
    final Button agentLogins = new Button();

    public AdminUsersView(UserAdminService users, PasswordPolicy policy) {
        this.users = users;
        this.policy = policy;
        setId("admin-users-view");
        setSizeFull();
        grid = new UsersGridPanel(users, this::changeRole, this::showSecret);

        newUser.setId("users-new");
        newUser.setText(getTranslation("users.new"));
        newUser.setIcon(VaadinIcon.PLUS.create());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> new NewUserDialog(users, policy, created -> {
            grid.refresh();
            if (created.oneTimePassword() != null) {
                showSecret(created.user().username(), created.oneTimePassword());
            }
        }).open());

        agentLogins.setId("users-agent-logins");
        agentLogins.setText(getTranslation("users.agent-logins"));
        agentLogins.setIcon(VaadinIcon.USERS.create());
        agentLogins.setEnabled(users.localPasswords());
        agentLogins.addClickListener(e -> new AgentLoginsDialog(users, grid::refresh).open());

        Paragraph intro = new Paragraph(getTranslation(users.localPasswords() ? "users.intro" : "users.intro.company",
                policy.minLength()));
        add(new H2(getTranslation("users.title")), intro, new HorizontalLayout(newUser, agentLogins), grid);
        setFlexGrow(1, grid);
    }

    private void changeRole(dev.frontline.security.UserSummary user) {
        new RoleDialog(users, user, grid::refresh).open();
    }

    private void showSecret(String username, String oneTimePassword) {
        new OneTimePasswordDialog(username, oneTimePassword).open();
    }

    PasswordPolicy policy() {
        return policy;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
