package dev.frontline.staffing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Requirement versions over real HTTP on the demo centre: list, read, computed from the latest forecast, roles, errors. */
@FrontlineIntegrationTest
class RequirementVersionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    @Test
    void aPlannerListsReadsAndComputesFromTheLatestForecast() {
        Response all = call(HttpMethod.GET, "planner", "/api/v1/requirement-versions", null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        JsonNode versions = json.readTree(all.body());
        assertThat(versions.size()).isPositive();
        String queue = versions.get(0).get("queue").asString();
        long id = versions.get(0).get("version").get("id").asLong();

        Response one = call(HttpMethod.GET, "planner", "/api/v1/requirement-versions/" + id, null);
        assertThat(one.status()).isEqualTo(200);
        JsonNode version = json.readTree(one.body());
        assertThat(version.get("queue").asString()).isEqualTo(queue);
        assertThat(version.get("intervals").size()).isPositive();
        assertThat(version.get("intervals").get(0).get("scheduledAgents").isNumber()).isTrue();

        JsonNode latestForecast = json.readTree(call(HttpMethod.GET, "planner",
                "/api/v1/forecast-versions?queue=" + queue, null).body()).get(0);
        Response created = call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"" + queue + "\",\"maxOccupancyPercent\":85}");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        assertThat(created.location()).matches("/api/v1/requirement-versions/jobs/\\d+");
        JsonNode done = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", created.location(), null).body()),
                        job -> !List.of("QUEUED", "RUNNING").contains(job.get("state").asString()));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        long newId = done.get("requirementVersion").asLong();
        assertThat(done.get("requirementVersionLocation").asString()).isEqualTo("/api/v1/requirement-versions/" + newId);
        JsonNode body = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/requirement-versions/" + newId, null).body());
        assertThat(body.get("version").get("forecastVersionId").asLong()).isEqualTo(latestForecast.get("id").asLong());
        assertThat(body.get("version").get("createdBy").asString()).isEqualTo("planner");
        JsonNode ofQueue = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/requirement-versions?queue=" + queue,
                null).body());
        assertThat(ofQueue.get(0).get("version").get("id").asLong()).isEqualTo(newId);
        ofQueue.forEach(v -> assertThat(v.get("queue").asString()).isEqualTo(queue));
    }

    @Test
    void badRequestsAreProblemDetailsNamingTheField() {
        JsonNode first = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/requirement-versions", null).body()).get(0);
        String queue = first.get("queue").asString();

        Response unknownQueue = call(HttpMethod.POST, "planner", "/api/v1/requirement-versions", "{\"queue\":\"NOPE\"}");
        assertThat(unknownQueue.status()).isEqualTo(422);
        assertThat(unknownQueue.contentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(unknownQueue.body()).get("field").asString()).isEqualTo("queue");
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/requirement-versions?queue=NOPE", null).status()).isEqualTo(422);

        Response foreignForecast = call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"" + queue + "\",\"forecastVersion\":987654321}");
        assertThat(foreignForecast.status()).isEqualTo(422);
        assertThat(json.readTree(foreignForecast.body()).get("field").asString()).isEqualTo("forecastVersion");

        Response occupancy = call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"" + queue + "\",\"maxOccupancyPercent\":0}");
        assertThat(occupancy.status()).isEqualTo(422);
        assertThat(json.readTree(occupancy.body()).get("field").asString()).isEqualTo("maxOccupancyPercent");

        Response notANumber = call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"" + queue + "\",\"forecastVersion\":\"latest\"}");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(json.readTree(notANumber.body()).get("field").asString()).isEqualTo("forecastVersion");

        Response unknown = call(HttpMethod.GET, "planner", "/api/v1/requirement-versions/987654321", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/requirement-versions/jobs/987654321", null).status())
                .isEqualTo(404);
    }

    @Test
    void unknownIdsAndRefusalsAreSaidInTheReadersLanguage() {
        ApiCalls api = new ApiCalls(port);
        Response unknown = api.call(HttpMethod.GET, "planner", "/api/v1/requirement-versions/987654321", null, "pl-PL");
        JsonNode problem = unknown.problem(404);
        assertThat(problem.get("detail").asString()).isEqualTo("Wersja zapotrzebowania 987654321 nie istnieje.");
        assertThat(problem.get("field").asString()).isEqualTo("id");
        assertThat(problem.get("rule").asString()).isEqualTo("rest.unknown.requirement-version");

        JsonNode unknownJob = json.readTree(api.call(HttpMethod.GET, "planner",
                "/api/v1/requirement-versions/jobs/987654321", null, "tr-TR").body());
        assertThat(unknownJob.get("status").asInt()).isEqualTo(404);
        assertThat(unknownJob.get("detail").asString()).isEqualTo("987654321 numaralı ihtiyaç hesaplaması yok.");
        assertThat(unknownJob.get("field").asString()).isEqualTo("jobId");

        JsonNode english = json.readTree(api.call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"NOPE\"}", "en-GB").body());
        assertThat(english.get("detail").asString()).isEqualTo("queue: there is no queue 'NOPE'.");

        String queue = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/requirement-versions", null).body()).get(0)
                .get("queue").asString();
        Response occupancy = api.call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"" + queue + "\",\"maxOccupancyPercent\":120}", "pl-PL");
        assertThat(occupancy.status()).as(occupancy.body()).isEqualTo(422);
        JsonNode refused = json.readTree(occupancy.body());
        assertThat(refused.get("field").asString()).isEqualTo("maxOccupancyPercent");
        assertThat(refused.get("detail").asString()).isEqualTo("maxOccupancyPercent: limit obłożenia musi być większy"
                + " niż 0 % i wynosić najwyżej 100 %, a nie 120 %.");

        JsonNode foreign = json.readTree(api.call(HttpMethod.POST, "planner", "/api/v1/requirement-versions",
                "{\"queue\":\"" + queue + "\",\"forecastVersion\":987654321}", "tr-TR").body());
        assertThat(foreign.get("detail").asString())
                .isEqualTo("forecastVersion: 987654321 numaralı tahmin sürümü " + queue + " kuyruğuna ait değil.");
    }

    @Test
    void onlyPlannersReachRequirementVersions() {
        for (String user : List.of("hr.lead", "agent.ist")) {
            for (Response refused : List.of(call(HttpMethod.GET, user, "/api/v1/requirement-versions", null),
                    call(HttpMethod.GET, user, "/api/v1/requirement-versions/1", null),
                    call(HttpMethod.POST, user, "/api/v1/requirement-versions", "{\"queue\":\"X\"}"))) {
                assertThat(refused.status()).as(user).isEqualTo(403);
                assertThat(refused.contentType()).isEqualTo("application/problem+json");
            }
        }
    }
}
