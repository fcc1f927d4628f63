package dev.frontline.quality.kpis;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The KPI and service imports over real HTTP through the imports API: HR previews and commits agents' KPIs, a bad
 * file is an RFC 7807 problem listing line and column, HR may not load queue service, and the OpenAPI description
 * lists both kinds.
 */
@FrontlineIntegrationTest
class KpiImportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext ctx;

    @AfterEach
    void removeFixtures() {
        KpiFixtures.removeAll(ctx);
    }
    @Autowired
    JsonMapper json;

    record Response(int status, String contentType, String body) {
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return call(method, user, path, body, null);
    }

    private Response call(HttpMethod method, String user, String path, String body, String acceptLanguage) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, "frontline");
                    }
                    h.set("X-Frontline-Request", "1");
                    if (acceptLanguage != null) {
                        h.set("Accept-Language", acceptLanguage);
                    }
                });
        if (body != null) {
            request = request.contentType(MediaType.parseMediaType("text/csv")).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes())));
    }

    private int stored(String agent) {
        return ctx.fetchCount(AGENT_DAILY_KPI.join(AGENT).on(AGENT.ID.eq(AGENT_DAILY_KPI.AGENT_ID)),
                AGENT.EMPLOYEE_NUMBER.eq(agent));
    }

    @Test
    void hrPreviewsAndCommitsAgentKpisAndABadFileIsAProblemNamingLineAndColumn() throws Exception {
        String agent = KpiFixtures.agent(ctx, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
        String file = AgentKpiImportTest.HEADER + agent + ",2025-03-03,41,312.5,82,1,74,4.4,5.9,3\n"
                + agent + ",2025-03-04,38,330,,,71.5,,,0\n";

        Response preview = call(HttpMethod.POST, "hr.lead", "/api/v1/imports/agent-kpis", file);
        assertThat(preview.status()).isEqualTo(200);
        JsonNode result = json.readTree(preview.body());
        assertThat(result.get("kind").asString()).isEqualTo("AGENT_KPIS");
        assertThat(result.get("created").asLong()).isEqualTo(2);
        assertThat(result.get("committed").asBoolean()).isFalse();
        assertThat(stored(agent)).isZero();

        Response commit = call(HttpMethod.POST, "hr.lead", "/api/v1/imports/agent-kpis?commit=true", file);
        assertThat(commit.status()).isEqualTo(200);
        assertThat(json.readTree(commit.body()).get("committed").asBoolean()).isTrue();
        assertThat(stored(agent)).isEqualTo(2);

        String bad = AgentKpiImportTest.HEADER + agent + ",2025-03-05,40,300,140,1,,,,\n"
                + agent + ",2025-07-01,40,300,,,,,,\n";
        Response refused = call(HttpMethod.POST, "planner", "/api/v1/imports/agent-kpis?commit=true", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("title").asString()).isEqualTo("Invalid import file");
        assertThat(problem.get("errorCount").asLong()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("qa_score");
        assertThat(problem.get("errors").get(1).get("column").asString()).isEqualTo("date");
        assertThat(problem.get("errors").get(1).get("message").asString())
                .isEqualTo("1 Jul 2025 is after agent " + agent + " left (30 Jun 2025); a KPI row must fall within "
                        + "the agent's employment");
        assertThat(stored(agent)).isEqualTo(2);

        // a Polish reader gets the row's reason in Polish, dates written the Polish way
        JsonNode polish = json.readTree(call(HttpMethod.POST, "planner", "/api/v1/imports/agent-kpis?commit=true", bad,
                "pl-PL,pl;q=0.9").body());
        assertThat(polish.get("errors").get(1).get("line").asLong()).isEqualTo(3);
        assertThat(polish.get("errors").get(1).get("column").asString()).isEqualTo("date");
        assertThat(polish.get("errors").get(1).get("message").asString())
                .isEqualTo("1 lip 2025 to dzień po odejściu konsultanta " + agent + " (30 cze 2025); wiersz KPI musi "
                        + "przypadać na okres zatrudnienia");
        assertThat(stored(agent)).isEqualTo(2);
    }

    @Test
    void queueServiceIsThePlannersAndHasNoExport() throws Exception {
        String voice = KpiFixtures.queue(ctx, ChannelType.VOICE, "Europe/Warsaw");
        String file = QueueServiceImportTest.HEADER + voice + ",2025-03-03T09:00,15,12.5,82.3,14,3.1,,,,\n";
        assertThat(call(HttpMethod.POST, "hr.lead", "/api/v1/imports/queue-service", file).status()).isEqualTo(403);
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/imports/agent-kpis", AgentKpiImportTest.HEADER)
                .status()).isEqualTo(403);
        Response planner = call(HttpMethod.POST, "planner", "/api/v1/imports/queue-service?commit=true", file);
        assertThat(planner.status()).isEqualTo(200);
        assertThat(json.readTree(planner.body()).get("created").asLong()).isEqualTo(1);
        Response export = call(HttpMethod.GET, "planner", "/api/v1/exports/queue-service", null);
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.body()).contains("queue-service files are imported only");
    }

    @Test
    void theOpenApiDescriptionListsTheNewKinds() {
        Response docs = call(HttpMethod.GET, null, "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"agent-kpis\"").contains("\"queue-service\"");
    }
}
