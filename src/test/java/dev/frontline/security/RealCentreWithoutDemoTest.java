package dev.frontline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SITE;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.security.ui.LoginView;
import dev.frontline.security.ui.SetupView;
import dev.frontline.testing.KaribuSession;
import dev.frontline.testing.ScratchDatabase;

/**
 * A real centre: the app without the demo profile, on a database of its own. The demo's logins (as the demo seeder
 * writes them, marked demo) are refused; the first admin comes from the one-time setup page, which then closes; the
 * last admin stays; logins for every agent are created in one go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealCentreWithoutDemoTest {

    private static final ScratchDatabase DATABASE = ScratchDatabase.create("frontline_nodemo");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccountRepository access;
    @Autowired
    DSLContext ctx;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    UserAdminService admin;
    @Autowired
    SignInRules rules;

    @AfterEach
    void signOut() {
        if (UI.getCurrent() != null) {
            KaribuSession.close();
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
    void theSetupPageCreatesTheFirstAdminAndThenCloses() {
        assertThat(rules.demoActive()).isFalse();
        assertThat(bootstrap.setupOpen()).isTrue();
        KaribuSession.open(context);
        UI.getCurrent().navigate("login");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("login-setup"));
        UI.getCurrent().navigate("setup");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SetupView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("setup-username")), "root.admin");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-display-name")), "Rana Root");
        _setValue(_get(EmailField.class, spec -> spec.withId("setup-email")), "rana@centre.example");
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), "password1");
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-confirm")), "password1");
        _click(_get(Button.class, spec -> spec.withId("setup-create")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("setup-password")).getErrorMessage())
                .isEqualTo("Password: at least 10 characters.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), "Copper-Meadow-31");
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-confirm")), "Copper-Meadow-31");
        _click(_get(Button.class, spec -> spec.withId("setup-create")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(bootstrap.setupOpen()).isFalse();

        UI.getCurrent().navigate("setup");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThatThrownBy(() -> bootstrap.createFirstAdmin("second.admin", "Second", null, "Copper-Meadow-32"))
                .isInstanceOf(UserAdminException.class).hasMessageContaining("already exists");
        assertThat(get("root.admin", "Copper-Meadow-31", "/api/v1/admin/users")).isEqualTo(200);
    }

    @Test
    @Order(2)
    void demoLoginsAreRefusedWithoutTheDemoProfile() {
        // exactly what the demo seeder writes: the shared hash of "frontline", marked demo
        String demoHash = encoder.encode("frontline");
        access.create(new NewAccount("planner", demoHash, AppRole.PLANNER, "Pat Planner", null, null, true, false));
        access.create(new NewAccount("real.planner", demoHash, AppRole.PLANNER, "Real Planner", null, null, false, false));

        assertThat(get("planner", "frontline", "/api/v1/agents")).isEqualTo(401);
        assertThat(get("real.planner", "frontline", "/api/v1/agents")).isEqualTo(200);
        assertThat(users.loadUserByUsername("planner").isEnabled()).isFalse();
    }

    @Test
    @Order(3)
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        signIn("root.admin");
        long other = admin.create(new UserDraft("ops.admin", "Ops Admin", AppRole.ADMIN, null, null, "Granite-Swallow-58"))
                .user().id();
        long root = ctx.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("root.admin")).fetchSingle(APP_USER.ID);
        admin.setEnabled(other, false);
        assertThatThrownBy(() -> admin.changeRole(root, AppRole.PLANNER, null))
                .isInstanceOf(UserAdminException.class).hasMessage("This is the last enabled administrator: make another one first.");
        admin.setEnabled(other, true);
        admin.changeRole(root, AppRole.PLANNER, null);
        signIn("ops.admin");
        assertThatThrownBy(() -> admin.setEnabled(other, false)).isInstanceOf(UserAdminException.class)
                .hasMessage("You cannot disable your own login.");
        admin.changeRole(root, AppRole.ADMIN, null);
    }

    @Test
    @Order(4)
    void logInsForEveryAgentAreCreatedAtOnceWithOneTimePasswords() {
        long site = ctx.insertInto(SITE).set(SITE.CODE, "KRK").set(SITE.NAME, "Kraków").set(SITE.COUNTRY_CODE, "PL")
                .set(SITE.TIME_ZONE, "Europe/Warsaw").set(SITE.OFFICE_SEATS, 10).returning(SITE.ID).fetchSingle(SITE.ID);
        long contract = ctx.insertInto(CONTRACT).set(CONTRACT.CODE, "FT40").set(CONTRACT.NAME, "Full time")
                .set(CONTRACT.MIN_MINUTES_PER_WEEK, 1200).set(CONTRACT.MAX_MINUTES_PER_WEEK, 2400)
                .returning(CONTRACT.ID).fetchSingle(CONTRACT.ID);
        for (String number : List.of("K-001", "K-002", "K-003", "K9")) {
            ctx.insertInto(AGENT).set(AGENT.EMPLOYEE_NUMBER, number).set(AGENT.FIRST_NAME, "=Zofia")
                    .set(AGENT.LAST_NAME, "Nowak").set(AGENT.EMAIL, number.toLowerCase() + "@centre.example")
                    .set(AGENT.HIRE_DATE, LocalDate.of(2025, 1, 6)).set(AGENT.CONTRACT_ID, contract)
                    .set(AGENT.HOME_SITE_ID, site).execute();
        }
        String csv = RestClient.create("http://localhost:" + port).post().uri("/api/v1/admin/users/agent-logins")
                .headers(h -> h.setBasicAuth("root.admin", "Copper-Meadow-31")).accept(MediaType.parseMediaType("text/csv"))
                .contentType(MediaType.APPLICATION_JSON).body("{}")
                .retrieve().body(String.class);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 5)).extracting(l -> l.split(",")[0]).containsExactly("k-001", "k-002", "k-003", "agent.k9");
        // a name that starts a formula is neutralised for spreadsheets
        assertThat(lines.get(1)).contains(",'=Zofia Nowak,").doesNotContain(",=");
        String[] first = lines.get(1).split(",");
        assertThat(get(first[0], first[3], "/api/v1/me")).isEqualTo(200);
        assertThat(access.agentsWithoutLogin(null)).isEmpty();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private int get(String user, String password, String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path).headers(h -> h.setBasicAuth(user, password))
                .exchange((req, res) -> res.getStatusCode().value());
    }
}
