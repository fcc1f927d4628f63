package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import testsupport.oidc.CompanyIdentityProvider;
import testsupport.oidc.CompanyIdentityProvider.Person;

/**
 * Company sign-in against a real OpenID Connect provider (Spring Authorization Server started here), over HTTP as a
 * browser does it: Frontline's redirect, the provider's login form, the code coming back, the login found, linked or
 * created with the role the groups claim maps to. Local passwords are off in this app, so the demo's passwords fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class CompanySignInTest {

    private static final CompanyIdentityProvider PROVIDER = CompanyIdentityProvider.start();

    @DynamicPropertySource
    static void companySignIn(DynamicPropertyRegistry registry) {
        registry.add("frontline.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("frontline.oidc.client-id", () -> CompanyIdentityProvider.CLIENT_ID);
        registry.add("frontline.oidc.client-secret", () -> CompanyIdentityProvider.CLIENT_SECRET);
        registry.add("frontline.oidc.display-name", () -> "Centre SSO");
        registry.add("frontline.oidc.role-mapping.wfm-planners", () -> "PLANNER");
        registry.add("frontline.oidc.role-mapping.wfm-hr", () -> "HR");
        registry.add("frontline.oidc.role-mapping.wfm-agents", () -> "AGENT");
        registry.add("frontline.local-passwords", () -> "false");
        registry.add("frontline.demo.swaps", () -> "false");
        registry.add("frontline.demo.capacity", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void allowThisApp() {
        PROVIDER.allowRedirect("http://localhost:" + port + "/login/oauth2/code/company");
    }

    @Test
    void aNewPlannerSignsInWithTheCompanyAccountAndGetsALoginWithoutPassword() throws Exception {
        PROVIDER.add(new Person("deniz", "deniz-at-idp", "Deniz.Kaya@centre.example", "Deniz Kaya", List.of("wfm-planners", "staff")));
        String landing = signInThroughProvider("deniz", "deniz-at-idp");
        assertThat(landing).isEqualTo("http://localhost:" + port + "/");

        UserAccount created = accounts.findByUsername("deniz").orElseThrow();
        assertThat(created.role()).isEqualTo(AppRole.PLANNER);
        assertThat(created.passwordHash()).isNull();
        assertThat(created.email()).isEqualTo("deniz.kaya@centre.example");
        assertThat(created.displayName()).isEqualTo("Deniz Kaya");
        assertThat(accounts.summary(created.id()).orElseThrow().companySignInLinked()).isTrue();
        assertThat(accounts.summary(created.id()).orElseThrow().lastSignInAt()).isNotNull();
        assertThat(audit.search(UserAdminService.ENTITY, null, "deniz", 5))
                .anySatisfy(e -> assertThat(e.details()).contains("role PLANNER from the company sign-in claim groups"));

        // a second sign-in finds the same login by its subject
        signInThroughProvider("deniz", "deniz-at-idp");
        assertThat(accounts.summaries()).filteredOn(u -> u.username().startsWith("deniz")).hasSize(1);
    }

    @Test
    void anExistingLoginIsFoundByEmailAndAnAgentIsLinkedToTheirAgentRecord() throws Exception {
        long existing = accounts.create(new NewAccount("helen.local", encoder.encode("Indigo-Walrus-12"), AppRole.HR,
                "Helen Local", null, "helen@centre.example", false, false));
        PROVIDER.add(new Person("helen.idp", "helen-at-idp", "helen@centre.example", "Helen", List.of("wfm-hr")));
        assertThat(signInThroughProvider("helen.idp", "helen-at-idp")).endsWith("/");
        assertThat(accounts.summary(existing).orElseThrow().companySignInLinked()).isTrue();
        assertThat(accounts.findByUsername("helen.idp")).isEmpty();

        AgentWithoutLogin agent = accounts.agentsWithoutLogin(null).get(90);
        PROVIDER.add(new Person("agent.sso", "agent-at-idp", agent.email().toUpperCase(), agent.fullName(), List.of("wfm-agents")));
        assertThat(signInThroughProvider("agent.sso", "agent-at-idp")).endsWith("/");
        UserAccount linked = accounts.findByUsername("agent.sso").orElseThrow();
        assertThat(linked.role()).isEqualTo(AppRole.AGENT);
        assertThat(linked.agentId()).isEqualTo(agent.agentId());
    }

    @Test
    void aPersonWhoseGroupsMapToNoRoleOrWhoseLoginIsDisabledIsRefused(CapturedOutput output) throws Exception {
        PROVIDER.add(new Person("visitor", "visitor-at-idp", "visitor@centre.example", "Visitor", List.of("staff")));
        assertThat(signInThroughProvider("visitor", "visitor-at-idp")).endsWith("/login?company-error");
        assertThat(accounts.findByUsername("visitor")).isEmpty();
        // refused by Frontline for the reason asked, after the provider signed the person in (not a broken round trip)
        assertThat(output.getOut()).contains("Company sign-in refused: the claim groups maps to no Frontline role");

        long disabled = accounts.create(new NewAccount("gone.planner", null, AppRole.PLANNER, "Gone", null,
                "gone@centre.example", false, false));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update app_user set enabled = false where id = ?", disabled);
        PROVIDER.add(new Person("gone", "gone-at-idp", "gone@centre.example", "Gone", List.of("wfm-planners")));
        assertThat(signInThroughProvider("gone", "gone-at-idp")).endsWith("/login?company-error");
        assertThat(output.getOut()).contains("Company sign-in refused: login gone.planner is disabled");

        // enabled again, the same person gets in: the refusal came from the disabled login alone
        jdbc.update("update app_user set enabled = true where id = ?", disabled);
        assertThat(signInThroughProvider("gone", "gone-at-idp")).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void withLocalPasswordsOffTheDemoPasswordsNoLongerWork() {
        int status = RestClient.create("http://localhost:" + port).get().uri("/api/v1/agents")
                .headers(h -> h.setBasicAuth("planner", "frontline")).exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(401);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    /**
     * Follows the sign-in as a browser would, with cookies: Frontline → provider's authorize → its login form → back
     * to Frontline with the code. Answers where Frontline finally sends the browser.
     */
    private String signInThroughProvider(String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create("http://localhost:" + port + "/oauth2/authorization/company");
        boolean loggedIn = false;
        for (int hop = 0; hop < 12; hop++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && next.getPath().equals("/login") && next.getPort() != port && !loggedIn) {
                Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(response.body());
                assertThat(csrf.find()).as("the provider's login form has a CSRF token").isTrue();
                String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(next)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).as("provider login of " + username).isEqualTo(302);
                loggedIn = true;
                next = next.resolve(posted.headers().firstValue("Location").orElseThrow());
                continue;
            }
            if (response.statusCode() != 302) {
                return next.toString();
            }
            URI location = next.resolve(response.headers().firstValue("Location").orElseThrow());
            if (location.getPort() == port && !location.getPath().startsWith("/login/oauth2/code")
                    && !location.getPath().startsWith("/oauth2/")) {
                return location.toString();
            }
            next = location;
        }
        throw new AssertionError("the sign-in did not come back to Frontline, last at " + next);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
