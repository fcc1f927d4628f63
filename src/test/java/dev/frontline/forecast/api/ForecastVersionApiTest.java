package dev.frontline.forecast.api;

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

/** Forecast versions over real HTTP on the demo centre: list, read, a new one from the latest history, roles, errors. */
@FrontlineIntegrationTest
class ForecastVersionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    @Test
    void aPlannerListsReadsAndForecastsFromTheLatestHistory() {
        Response all = call(HttpMethod.GET, "planner", "/api/v1/forecast-versions", null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        JsonNode versions = json.readTree(all.body());
        assertThat(versions.size()).isPositive();
        String queue = versions.get(0).get("queueCode").asString();
        long id = versions.get(0).get("id").asLong();

        JsonNode ofQueue = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/forecast-versions?queue=" + queue, null).body());
        ofQueue.forEach(v -> assertThat(v.get("queueCode").asString()).isEqualTo(queue));

        Response one = call(HttpMethod.GET, "planner", "/api/v1/forecast-versions/" + id, null);
        assertThat(one.status()).isEqualTo(200);
        JsonNode version = json.readTree(one.body());
        assertThat(version.get("version").get("id").asLong()).isEqualTo(id);
        assertThat(version.get("intervals").size()).isPositive();
        assertThat(version.get("intervals").get(0).get("offered").isNumber()).isTrue();

        Response started = call(HttpMethod.POST, "planner", "/api/v1/forecast-versions",
                "{\"queue\":\"" + queue + "\",\"horizonWeeks\":1,\"grainMinutes\":60}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).matches("/api/v1/forecast-versions/jobs/\\d+");
        JsonNode done = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", started.location(), null).body()),
                        job -> !List.of("QUEUED", "RUNNING").contains(job.get("state").asString()));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        long created = done.get("forecastVersion").asLong();
        JsonNode newest = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/forecast-versions?queue=" + queue, null).body());
        assertThat(newest.get(0).get("id").asLong()).isEqualTo(created);
        assertThat(newest.get(0).get("createdBy").asString()).isEqualTo("planner");
    }

    @Test
    void badRequestsAreProblemDetailsNamingTheField() {
        Response unknownQueue = call(HttpMethod.POST, "planner", "/api/v1/forecast-versions", "{\"queue\":\"NO_SUCH_QUEUE\"}");
        assertThat(unknownQueue.status()).isEqualTo(422);
        assertThat(unknownQueue.contentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(unknownQueue.body()).get("field").asString()).isEqualTo("queue");
        assertThat(unknownQueue.body()).contains("NO_SUCH_QUEUE");

        Response impossibleDate = call(HttpMethod.POST, "planner", "/api/v1/forecast-versions",
                "{\"queue\":\"X\",\"start\":\"2027-02-30\"}");
        assertThat(impossibleDate.status()).isEqualTo(400);
        assertThat(impossibleDate.contentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(impossibleDate.body()).get("field").asString()).isEqualTo("start");

        Response missingQueue = call(HttpMethod.POST, "planner", "/api/v1/forecast-versions", "{}");
        assertThat(missingQueue.status()).isEqualTo(400);
        assertThat(missingQueue.body()).contains("queue");

        Response unknownVersion = call(HttpMethod.GET, "planner", "/api/v1/forecast-versions/987654321", null);
        assertThat(unknownVersion.status()).isEqualTo(404);
        assertThat(unknownVersion.contentType()).isEqualTo("application/problem+json");
        Response notANumber = call(HttpMethod.GET, "planner", "/api/v1/forecast-versions/abc", null);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).isEqualTo("application/problem+json");
        assertThat(notANumber.body()).contains("id").contains("whole number");
        Response unknownJob = call(HttpMethod.GET, "planner", "/api/v1/forecast-versions/jobs/987654321", null);
        assertThat(unknownJob.status()).isEqualTo(404);
    }

    @Test
    void unknownVersionsAndRefusedQueuesAreSaidInTheReadersLanguage() {
        ApiCalls api = new ApiCalls(port);
        Response unknownVersion = api.call(HttpMethod.GET, "planner", "/api/v1/forecast-versions/987654321", null, "tr-TR");
        assertThat(unknownVersion.status()).as(unknownVersion.body()).isEqualTo(404);
        JsonNode problem = json.readTree(unknownVersion.body());
        assertThat(problem.get("detail").asString()).isEqualTo("987654321 numaralı tahmin sürümü yok.");
        assertThat(problem.get("field").asString()).isEqualTo("id");

        JsonNode unknownRun = json.readTree(api.call(HttpMethod.GET, "planner", "/api/v1/forecast-versions/jobs/987654321",
                null, "pl-PL").body());
        assertThat(unknownRun.get("detail").asString()).isEqualTo("Przebieg prognozy 987654321 nie istnieje.");
        assertThat(unknownRun.get("field").asString()).isEqualTo("jobId");

        Response unknownQueue = api.call(HttpMethod.POST, "planner", "/api/v1/forecast-versions",
                "{\"queue\":\"NO_SUCH_QUEUE\"}", "pl-PL");
        assertThat(unknownQueue.status()).isEqualTo(422);
        assertThat(json.readTree(unknownQueue.body()).get("detail").asString())
                .isEqualTo("queue: Nie ma kolejki NO_SUCH_QUEUE.");
    }

    @Test
    void onlyPlannersReachForecastVersions() {
        for (String user : List.of("hr.lead", "agent.ist")) {
            for (Response refused : List.of(call(HttpMethod.GET, user, "/api/v1/forecast-versions", null),
                    call(HttpMethod.GET, user, "/api/v1/forecast-versions/1", null),
                    call(HttpMethod.POST, user, "/api/v1/forecast-versions", "{\"queue\":\"X\"}"))) {
                assertThat(refused.status()).as(user).isEqualTo(403);
                assertThat(refused.contentType()).isEqualTo("application/problem+json");
            }
        }
        assertThat(new ApiCalls(port).call(HttpMethod.GET, "nobody", "/api/v1/forecast-versions", null).status())
                .isEqualTo(401);
    }
}
