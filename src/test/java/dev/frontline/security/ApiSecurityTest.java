package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Over real HTTP: every role reaches what it may and nothing else, and failures reveal nothing. */
@FrontlineIntegrationTest
class ApiSecurityTest {

    private static final String PASSWORD = "frontline";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void anonymousRequestsGetA401ProblemWithoutData() {
        var response = get(null, null, "/api/v1/agents");
        assertThat(response.status().value()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).doesNotContain("employeeNumber");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        var wrongPassword = get("planner", "not-the-password", "/api/v1/agents");
        var unknownUser = get("nobody.here", "whatever", "/api/v1/agents");
        assertThat(wrongPassword.status().value()).isEqualTo(401);
        assertThat(unknownUser.status().value()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    }

    @Test
    void plannerAndHrReadAllAgents() {
        for (String user : List.of("planner", "hr.lead")) {
            var response = get(user, PASSWORD, "/api/v1/agents");
            assertThat(response.status().value()).as(user).isEqualTo(200);
            assertThat(response.body()).contains("employeeNumber");
        }
    }

    @Test
    void anAgentCannotListAgents() {
        var response = get("agent.ist", PASSWORD, "/api/v1/agents");
        assertThat(response.status().value()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("employeeNumber");
    }

    @Test
    void anAgentReadsTheirOwnRecordButNotAnotherAgents() {
        long own = accounts.findByUsername("agent.ist").orElseThrow().agentId();
        long other = accounts.findByUsername("agent.waw").orElseThrow().agentId();

        var mine = get("agent.ist", PASSWORD, "/api/v1/agents/" + own);
        assertThat(mine.status().value()).isEqualTo(200);
        assertThat(mine.body()).contains("\"id\":" + own);

        var theirs = get("agent.ist", PASSWORD, "/api/v1/agents/" + other);
        assertThat(theirs.status().value()).isEqualTo(403);
        assertThat(theirs.body()).doesNotContain("employeeNumber");

        var me = get("agent.ist", PASSWORD, "/api/v1/me");
        assertThat(me.status().value()).isEqualTo(200);
        assertThat(me.body()).contains("\"id\":" + own).contains("skills");
    }

    @Test
    void plannersAndHrHaveNoPersonalAgentProfile() {
        assertThat(get("planner", PASSWORD, "/api/v1/me").status().value()).isEqualTo(403);
        assertThat(get("hr.lead", PASSWORD, "/api/v1/me").status().value()).isEqualTo(403);
    }

    @Test
    void anUnknownAgentIdIsA404Problem() {
        var response = get("planner", PASSWORD, "/api/v1/agents/999999");
        assertThat(response.status().value()).isEqualTo(404);
        assertThat(response.body()).contains("\"detail\":\"Agent 999999 does not exist.\"").contains("\"field\":\"id\"");
    }

    private record Response(HttpStatusCode status, String contentType, String body) {
    }

    private Response get(String user, String password, String path) {
        RestClient.RequestHeadersSpec<?> request = RestClient.create("http://localhost:" + port).get().uri(path)
                .accept(MediaType.APPLICATION_JSON);
        if (user != null) {
            request = request.headers(h -> h.setBasicAuth(user, password));
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes())));
    }
}
