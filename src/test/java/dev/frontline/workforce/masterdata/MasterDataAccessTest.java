package dev.frontline.workforce.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.client.RestClient;

import dev.frontline.testing.FrontlineIntegrationTest;

/** Only planners read master data over the API and only planners change it through the services. */
@FrontlineIntegrationTest
class MasterDataAccessTest {

    private static final List<String> PATHS = List.of("/api/v1/sites", "/api/v1/queues", "/api/v1/teams",
            "/api/v1/skills", "/api/v1/contracts", "/api/v1/shift-templates");

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService users;
    @Autowired
    SiteService sites;
    @Autowired
    ContractService contracts;
    @Autowired
    AgentMasterService agents;
    @Autowired
    TeamService teams;
    @Autowired
    ShiftTemplateService templates;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void plannersReadEveryMasterDataListAsJson() {
        signIn("planner");
        if (templates.all().stream().noneMatch(t -> t.data().code().equals("MD-API"))) {
            templates.create(new ShiftTemplateDraft("MD-API", "API day", LocalTime.of(8, 0), LocalTime.of(10, 0), 30,
                    List.of(480, 510), 2, 15, 30, 60, 60, 60, Set.of()));
        }
        for (String path : PATHS) {
            var response = get("planner", path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).startsWith("[{\"id\":").contains("\"code\":\"").doesNotContain("\"data\"");
        }
        assertThat(get("planner", "/api/v1/sites").body())
                .contains("\"code\":\"IST\"", "\"timeZone\":\"Europe/Istanbul\"", "\"version\":", "\"localHolidays\":[{\"date\":");
        assertThat(get("planner", "/api/v1/shift-templates").body())
                .contains("\"code\":\"MD-API\"", "\"lengthsMinutes\":[480,510]");
        assertThat(get("planner", "/api/v1/queues").body())
                .contains("\"code\":\"TECH_PL_EMAIL\"", "\"responseGoalHours\":12.0", "\"chatConcurrency\":3");
    }

    @Test
    void agentsAndHrGetA403ProblemWithoutData() {
        for (String user : List.of("agent.ist", "hr.lead")) {
            for (String path : PATHS) {
                var response = get(user, path);
                assertThat(response.status()).as(user + " " + path).isEqualTo(403);
                assertThat(response.body()).as(path).doesNotContain("\"code\"");
            }
        }
        assertThat(get(null, "/api/v1/sites").status()).isEqualTo(401);
    }

    @Test
    void agentsAndHrCannotChangeOrReadMasterDataThroughTheServices() {
        SiteDraft site = new SiteDraft("MD-ROLE", "Role test", "PL", "Europe/Warsaw", 5, LocalTime.of(8, 0),
                LocalTime.of(16, 0), List.of());
        for (String user : List.of("agent.ist", "hr.lead")) {
            signIn(user);
            assertThatThrownBy(() -> sites.create(site)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sites.all()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contracts.delete(1, 0)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agents.all()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.members("IST-1")).as(user).isInstanceOf(AccessDeniedException.class);
        }
        signIn("planner");
        assertThat(sites.all()).isNotEmpty();
    }

    @Test
    void refusalsNameTheRuleBeforeTheDatabaseWould() {
        signIn("planner");
        assertThatThrownBy(() -> sites.create(new SiteDraft("MD-BAD", "Bad", "PL", "Mars/Base", 5, LocalTime.of(8, 0),
                LocalTime.of(16, 0), List.of())))
                .isInstanceOfSatisfying(MasterDataException.class, e -> assertThat(e.key()).isEqualTo("site.error.time-zone"));
        assertThatThrownBy(() -> sites.create(new SiteDraft("MD-BAD", "Bad", "XX", "Europe/Warsaw", 5,
                LocalTime.of(8, 0), LocalTime.of(16, 0), List.of())))
                .isInstanceOfSatisfying(MasterDataException.class, e -> assertThat(e.key()).isEqualTo("site.error.country"));
        assertThatThrownBy(() -> sites.create(new SiteDraft("IST", "Duplicate", "TR", "Europe/Istanbul", 5,
                LocalTime.of(8, 0), LocalTime.of(16, 0), List.of())))
                .isInstanceOfSatisfying(MasterDataException.class,
                        e -> assertThat(e.key()).isEqualTo("masterdata.error.code-taken"));
        Stored<ContractDraft> ft40 = contracts.all().stream().filter(c -> c.data().code().equals("FT40")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> contracts.delete(ft40.id(), ft40.version()))
                .isInstanceOfSatisfying(MasterDataException.class, e -> {
                    assertThat(e.key()).isEqualTo("contract.error.in-use");
                    assertThat((Integer) e.args()[1]).isGreaterThan(50);
                });
    }

    private record Response(int status, String body) {
    }

    private Response get(String user, String path) {
        RestClient.RequestHeadersSpec<?> request = RestClient.create("http://localhost:" + port).get().uri(path)
                .accept(MediaType.APPLICATION_JSON);
        if (user != null) {
            request = request.headers(h -> h.setBasicAuth(user, "frontline"));
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes())));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
