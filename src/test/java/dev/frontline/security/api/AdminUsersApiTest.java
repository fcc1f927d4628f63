package dev.frontline.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** {@code /api/v1/admin/users}: ADMIN only, the rules of the admin pages, RFC 7807 refusals, audited changes. */
@FrontlineIntegrationTest
class AdminUsersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AuditTrail audit;

    private ApiCalls api() {
        return new ApiCalls(port);
    }

    private Response as(String user, String password, HttpMethod method, String path, String json) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> h.setBasicAuth(user, password));
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes()), null));
    }

    @Test
    void onlyAdminsReachTheUserApi() {
        for (String user : List.of("planner", "hr.lead", "agent.ist")) {
            Response list = api().call(HttpMethod.GET, user, "/api/v1/admin/users", null);
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.contentType()).isEqualTo("application/problem+json");
            assertThat(list.body()).doesNotContain("planner");
            Response create = api().call(HttpMethod.POST, user, "/api/v1/admin/users",
                    "{\"username\":\"sneaky." + user.replace('.', '-') + "\",\"displayName\":\"S\",\"role\":\"ADMIN\"}");
            assertThat(create.status()).as(user).isEqualTo(403);
        }
        assertThat(accounts.findByUsername("sneaky.planner")).isEmpty();
        Response admin = api().call(HttpMethod.GET, "admin", "/api/v1/admin/users", null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("\"username\":\"planner\"").contains("\"role\":\"ADMIN\"")
                .doesNotContain("bcrypt").doesNotContain("passwordHash");
    }

    @Test
    void anAdminInvitesAPlannerWhoSignsInWithTheOneTimePassword() {
        Response created = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"Olga.Planner\",\"displayName\":\"Olga Planner\",\"role\":\"PLANNER\",\"email\":\"Olga@Centre.example\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"username\":\"olga.planner\"").contains("\"email\":\"olga@centre.example\"")
                .contains("\"passwordChangeRequired\":true");
        String oneTime = created.body().replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");
        assertThat(oneTime).hasSize(16);

        assertThat(as("olga.planner", oneTime, HttpMethod.GET, "/api/v1/agents", null).status()).isEqualTo(200);
        assertThat(audit.search(UserAdminService.ENTITY, "admin", "olga.planner", 5))
                .anySatisfy(e -> assertThat(e.details()).contains("role PLANNER").contains("one-time password"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndRule() {
        Response common = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"weak.one\",\"displayName\":\"Weak\",\"role\":\"HR\",\"password\":\"Password123\"}");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.contentType()).isEqualTo("application/problem+json");
        assertThat(common.body()).contains("\"field\":\"password\"").contains("most common passwords");

        Response shortOne = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"short.one\",\"displayName\":\"Short\",\"role\":\"HR\",\"password\":\"xK9#q\"}");
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.body()).contains("at least 10 characters");

        Response taken = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"planner\",\"displayName\":\"Again\",\"role\":\"HR\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("\"field\":\"username\"").contains("planner is already taken");

        Response agentless = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"no.agent\",\"displayName\":\"No Agent\",\"role\":\"AGENT\"}");
        assertThat(agentless.status()).isEqualTo(400);
        assertThat(agentless.body()).contains("\"field\":\"agentId\"");

        Response badName = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"a b\",\"displayName\":\"Space\",\"role\":\"HR\"}");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body()).contains("\"field\":\"username\"");

        Response badRole = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"bad.role\",\"displayName\":\"Bad\",\"role\":\"KING\"}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.contentType()).isEqualTo("application/problem+json");

        assertThat(api().call(HttpMethod.POST, "admin", "/api/v1/admin/users/999999/disable", null).status())
                .isEqualTo(404);
        assertThat(accounts.findByUsername("weak.one")).isEmpty();
        assertThat(accounts.findByUsername("no.agent")).isEmpty();
    }

    @Test
    void disablingResettingAndChangingRoleTakeEffectAtOnce() {
        Response created = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"hana.hr\",\"displayName\":\"Hana Hr\",\"role\":\"HR\",\"password\":\"Orange-Kettle-42\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = accounts.findByUsername("hana.hr").orElseThrow().id();
        assertThat(as("hana.hr", "Orange-Kettle-42", HttpMethod.GET, "/api/v1/agents", null).status()).isEqualTo(200);

        assertThat(api().call(HttpMethod.POST, "admin", "/api/v1/admin/users/" + id + "/disable", null).status())
                .isEqualTo(200);
        assertThat(as("hana.hr", "Orange-Kettle-42", HttpMethod.GET, "/api/v1/agents", null).status()).isEqualTo(401);
        assertThat(api().call(HttpMethod.POST, "admin", "/api/v1/admin/users/" + id + "/enable", null).status())
                .isEqualTo(200);

        Response reset = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users/" + id + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(200);
        String oneTime = reset.body().replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");
        assertThat(as("hana.hr", "Orange-Kettle-42", HttpMethod.GET, "/api/v1/agents", null).status()).isEqualTo(401);
        assertThat(as("hana.hr", oneTime, HttpMethod.GET, "/api/v1/agents", null).status()).isEqualTo(200);

        Response role = api().call(HttpMethod.PUT, "admin", "/api/v1/admin/users/" + id + "/role", "{\"role\":\"ADMIN\"}");
        assertThat(role.status()).isEqualTo(200);
        assertThat(accounts.findById(id).orElseThrow().role()).isEqualTo(AppRole.ADMIN);
        assertThat(as("hana.hr", oneTime, HttpMethod.GET, "/api/v1/admin/users", null).status()).isEqualTo(200);
        assertThat(as("hana.hr", oneTime, HttpMethod.GET, "/api/v1/agents", null).status()).isEqualTo(403);
        assertThat(audit.search(UserAdminService.ENTITY, "admin", "hana.hr", 10)).extracting(e -> e.details())
                .contains("disabled", "enabled", "password reset to a one-time password", "role HR → ADMIN");
    }

    @Test
    void anAdminCannotDisableTheirOwnLogin() {
        long admin = accounts.findByUsername("admin").orElseThrow().id();
        Response self = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users/" + admin + "/disable", null);
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("your own login");
        assertThat(accounts.findById(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anAgentLoginIsLinkedToOneAgentAndBulkCreationReturnsOneTimePasswordsOnce() {
        Response candidates = api().call(HttpMethod.GET, "admin", "/api/v1/admin/users/agents-without-login", null);
        assertThat(candidates.status()).isEqualTo(200);
        assertThat(candidates.body()).contains("employeeNumber");
        List<Long> two = accounts.agentsWithoutLogin(null).stream().skip(40).limit(2)
                .map(dev.frontline.security.AgentWithoutLogin::agentId).toList();

        Response csv = RestClient.create("http://localhost:" + port).post().uri("/api/v1/admin/users/agent-logins")
                .headers(h -> h.setBasicAuth("admin", ApiCalls.DEMO_PASSWORD)).accept(MediaType.parseMediaType("text/csv"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"agentIds\":[" + two.get(0) + "," + two.get(1) + "]}")
                .exchange((req, res) -> new Response(res.getStatusCode().value(), null,
                        new String(res.getBody().readAllBytes()), null));
        assertThat(csv.status()).isEqualTo(201);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo("username,employee_number,name,one_time_password");
        String[] first = lines.get(1).split(",");
        // the demo already has e-number logins, so the real one gets a suffix
        assertThat(first[0]).isEqualTo(first[1].toLowerCase() + ".2");
        assertThat(as(first[0], first[3], HttpMethod.GET, "/api/v1/me", null).status()).isEqualTo(200);

        Response again = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users/agent-logins",
                "{\"agentIds\":[" + two.get(0) + "]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already has a login").contains("nothing was created");

        Response linkTaken = api().call(HttpMethod.POST, "admin", "/api/v1/admin/users",
                "{\"username\":\"second.login\",\"displayName\":\"Twice\",\"role\":\"AGENT\",\"agentId\":" + two.get(1) + "}");
        assertThat(linkTaken.status()).isEqualTo(409);
        assertThat(linkTaken.body()).contains("\"field\":\"agentId\"").contains("already has the login");
    }
}
