package dev.frontline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.app.ui.HomeView;
import dev.frontline.db.enums.AppRole;
import dev.frontline.history.ui.PlannerOverviewView;
import dev.frontline.security.AgentWithoutLogin;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.UserSummary;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.workforce.ui.HrOverviewView;

/** The admin's users page in Vaadin (Karibu-Testing): who may open it, and each action with its rule and audit. */
@FrontlineIntegrationTest
class AdminUsersViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void setUpVaadin() {
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSession.close();
    }

    @Test
    void theAdminLandsOnTheUsersPageAndSeesNoPlanningOrHrData() {
        KaribuSession.signIn(users, "admin");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(AdminUsersView.class);
        assertThat(rows()).extracting(UserSummary::username).contains("planner", "hr.lead", "agent.ist", "admin", "e00004");
        for (String route : List.of("planner", "hr", "agents", "api-tokens")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
            }
            assertThat(current()).as(route).isNotInstanceOfAny(PlannerOverviewView.class, HrOverviewView.class);
        }
    }

    @Test
    void plannersHrAndAgentsCannotOpenTheUsersPage() {
        for (String user : List.of("planner", "hr.lead", "agent.home")) {
            KaribuSession.signIn(users, user);
            try {
                UI.getCurrent().navigate("admin/users");
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // see above
            }
            assertThat(current()).as(user).isNotInstanceOf(AdminUsersView.class);
            assertThat(_find(Grid.class, spec -> spec.withId("users-grid"))).as(user).isEmpty();
        }
    }

    @Test
    void anAdminCreatesAnAgentLoginWhoMustChangeTheOneTimePasswordFirst() {
        KaribuSession.signIn(users, "admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("users-new")));
        @SuppressWarnings("unchecked")
        Select<AppRole> role = _get(Select.class, spec -> spec.withId("user-role"));
        role.setValue(AppRole.AGENT);
        @SuppressWarnings("unchecked")
        ComboBox<AgentWithoutLogin> agent = _get(ComboBox.class, spec -> spec.withId("user-agent"));
        AgentWithoutLogin chosen = accounts.agentsWithoutLogin(null).get(60);
        _setValue(agent, chosen);
        // choosing the agent fills in the rest
        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name")).getValue()).isEqualTo(chosen.fullName());
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "kiosk." + chosen.employeeNumber().toLowerCase());
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), "");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        String oneTime = _get(TextField.class, spec -> spec.withId("one-time-password")).getValue();
        var created = accounts.findByUsername("kiosk." + chosen.employeeNumber().toLowerCase()).orElseThrow();
        assertThat(created.agentId()).isEqualTo(chosen.agentId());
        assertThat(created.passwordChangeRequired()).isTrue();
        assertThat(encoder.matches(oneTime, created.passwordHash())).isTrue();

        // the new agent signs in: every page leads to the password change until they pick their own
        KaribuSession.signIn(users, created.username());
        UI.getCurrent().navigate("me");
        assertThat(current()).isInstanceOf(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), oneTime);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "qwertyuiop");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-confirm")), "qwertyuiop");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new")).getErrorMessage())
                .contains("most common passwords");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "Tram-Lilac-Harbour-9");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-confirm")), "Tram-Lilac-Harbour-9");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(accounts.findById(created.id()).orElseThrow().passwordChangeRequired()).isFalse();
        UI.getCurrent().navigate("me");
        assertThat(current()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void aRefusedNewUserNamesTheField() {
        KaribuSession.signIn(users, "admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("users-new")));
        @SuppressWarnings("unchecked")
        Select<AppRole> role = _get(Select.class, spec -> spec.withId("user-role"));
        role.setValue(AppRole.PLANNER);
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "hr.lead");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Second Helen");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Username: hr.lead is already taken.");
    }

    @Test
    void disablingAndChangingARoleFromTheGridAreAudited() {
        long id = accounts.create("temp.planner", encoder.encode("Violet-Ladder-77"), AppRole.PLANNER, "Temp Planner", null);
        KaribuSession.signIn(users, "admin");
        UI.getCurrent().navigate("admin/users");
        _click(action("users-toggle-", "temp.planner"));
        assertThat(accounts.findById(id).orElseThrow().enabled()).isFalse();
        assertThat(row("temp.planner").enabled()).isFalse();

        _click(action("users-role-", "temp.planner"));
        @SuppressWarnings("unchecked")
        Select<AppRole> role = _get(Select.class, spec -> spec.withId("role-select"));
        role.setValue(AppRole.HR);
        _click(_get(Button.class, spec -> spec.withId("role-save")));
        assertThat(accounts.findById(id).orElseThrow().role()).isEqualTo(AppRole.HR);

        _click(action("users-reset-", "temp.planner"));
        String oneTime = _get(TextField.class, spec -> spec.withId("one-time-password")).getValue();
        assertThat(encoder.matches(oneTime, accounts.findById(id).orElseThrow().passwordHash())).isTrue();

        assertThat(audit.search(UserAdminService.ENTITY, "admin", "temp.planner", 10)).extracting(e -> e.details())
                .contains("disabled", "role PLANNER → HR", "password reset to a one-time password");
    }

    @Test
    void theAdminCannotDisableThemselvesFromTheGrid() {
        KaribuSession.signIn(users, "admin");
        UI.getCurrent().navigate("admin/users");
        _click(action("users-toggle-", "admin"));
        assertThat(accounts.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void theHomePageSendsEachRoleToItsOwnStart() {
        KaribuSession.signIn(users, "admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(current()).isInstanceOf(AdminUsersView.class);
    }

    private List<UserSummary> rows() {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        return GridKt._findAll(grid);
    }

    /** A row's action button: component columns render per row, so Karibu reaches them through the cell. */
    private Button action(String idPrefix, String username) {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int index = rows().indexOf(row(username));
        Component cell = GridKt._getCellComponent(grid, index, "actions");
        return cell.getChildren().filter(c -> c.getId().orElse("").equals(idPrefix + username))
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    private UserSummary row(String username) {
        return rows().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }
}
