package dev.frontline.roster.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.FrontlineIntegrationTest;

/** The roster loop over real HTTP: a draft, a solve queued as a job and read back, bad requests and other roles. */
@FrontlineIntegrationTest
class RosterApiTest {

    private static final String PASSWORD = "frontline";
    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    record Response(int status, String contentType, String body) {
    }

    @Test
    void aPlannerCreatesADraftSolvesItAsAJobAndReadsTheResult() {
        Response created = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"" + MONDAY + "\",\"weeks\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode draft = json.readTree(created.body());
        long id = draft.get("id").asLong();
        assertThat(draft.get("firstDay").asString()).isEqualTo(MONDAY.toString());
        assertThat(draft.get("lastDay").asString()).isEqualTo(MONDAY.plusDays(6).toString());
        assertThat(draft.get("status").asString()).isEqualTo("NOT_SOLVED");

        Response queued = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?config=roster-quick&seconds=3", null);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        assertThat(json.readTree(queued.body()).get("status").asString()).isIn("QUEUED", "SOLVING");

        Response twice = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?seconds=3", null);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.contentType()).isEqualTo("application/problem+json");
        assertThat(twice.body()).contains("already being solved");

        JsonNode done = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id, null).body()),
                        roster -> roster.get("status").asString().equals("DONE"));
        assertThat(done.get("hard").isNull()).isFalse();
        assertThat(done.get("undercoverage").asDouble()).isBetween(0.0, 100.0);
        assertThat(done.get("job").get("attempts").asInt()).isEqualTo(1);
        assertThat(done.get("job").get("requestedBy").asString()).isEqualTo("planner");
        assertThat(done.get("bestScoreSoFar").asString()).matches("-?\\d+hard/-?\\d+soft");
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        Response noWeeks = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + MONDAY + "\"}");
        assertThat(noWeeks.status()).isEqualTo(400);
        assertThat(noWeeks.contentType()).isEqualTo("application/problem+json");
        assertThat(noWeeks.body()).contains("weeks");
        Response notADate = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"31.12.2026\",\"weeks\":1}");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body()).contains("firstDay");

        Response unknown = call(HttpMethod.GET, "planner", "/api/v1/rosters/987654321", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).contains("987654321");

        Response created = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"" + MONDAY.plusWeeks(1) + "\",\"weeks\":1}");
        long id = json.readTree(created.body()).get("id").asLong();
        Response badConfig = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?config=roster-fastest", null);
        assertThat(badConfig.status()).isEqualTo(422);
        assertThat(badConfig.body()).contains("roster-fastest").contains("roster-default");
    }

    @Test
    void onlyPlannersReachTheRosterApi() {
        for (String user : List.of("hr.lead", "agent.ist")) {
            Response refused = call(HttpMethod.POST, user, "/api/v1/rosters", "{\"firstDay\":\"" + MONDAY + "\",\"weeks\":1}");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters/1", null).status()).as(user).isEqualTo(403);
        }
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> h.setBasicAuth(user, PASSWORD));
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes())));
    }
}
