package dev.frontline.capacity.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The frontier over real HTTP on the demo centre: HR reads it, with the current plan marked and every figure
 * explained; only planners make the plan follow a point, which becomes a planned scenario with its expected quality;
 * bad levers are refused naming the field; agents see nothing.
 */
@FrontlineIntegrationTest
class FrontierApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void hrReadsTheFrontierPlannersFollowAPointAgentsAreRefused() {
        ApiCalls api = new ApiCalls(port);
        var created = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/plans",
                "{\"name\":\"Frontier test " + System.nanoTime() + "\",\"weeks\":52}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = JSON.readTree(created.body()).get("id").asLong();
        try {
            var read = api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/frontier?plan=" + plan, null);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            JsonNode frontier = JSON.readTree(read.body());
            assertThat(frontier.get("settingsEvaluated").asInt()).isGreaterThan(100);
            JsonNode points = frontier.get("points");
            int current = 0;
            JsonNode efficient = null;
            for (JsonNode p : points) {
                current += p.get("current").asBoolean() ? 1 : 0;
                if (p.get("efficient").asBoolean() && !p.get("current").asBoolean()) {
                    efficient = p;
                }
                assertThat(p.get("why").size()).isGreaterThanOrEqualTo(4);
            }
            assertThat(current).isEqualTo(1);
            assertThat(efficient).isNotNull();
            // the models say what they came from and what the data cannot tell
            assertThat(frontier.get("notes").toString()).contains("QA score").contains("hire cohorts");
            assertThat(read.body()).doesNotContain("NaN");

            // HR reads but does not choose; agents see nothing
            String body = "{\"classroomWeeks\":" + efficient.get("classroomWeeks").asInt() + ",\"nestingWeeks\":"
                    + efficient.get("nestingWeeks").asInt() + ",\"coachingHours\":"
                    + efficient.get("coachingHours").asDouble() + ",\"serviceLevelPercent\":"
                    + efficient.get("serviceLevelPercent") + ",\"occupancyCapPercent\":"
                    + efficient.get("occupancyCapPercent").asDouble() + "}";
            assertThat(api.call(HttpMethod.POST, "hr.lead", "/api/v1/capacity/frontier?plan=" + plan, body).status())
                    .isEqualTo(403);
            assertThat(api.call(HttpMethod.GET, "agent.ist", "/api/v1/capacity/frontier?plan=" + plan, null).status())
                    .isEqualTo(403);

            var bad = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/frontier?plan=" + plan,
                    "{\"classroomWeeks\":3,\"nestingWeeks\":30,\"coachingHours\":0,\"occupancyCapPercent\":85}");
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("field").asString()).isEqualTo("nestingWeeks");

            var chosen = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/frontier?plan=" + plan, body);
            assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
            JsonNode scenario = JSON.readTree(chosen.body());
            assertThat(scenario.get("name").asString()).isEqualTo("Frontier choice");
            assertThat(scenario.toString()).contains("\"nestingWeeks\":" + efficient.get("nestingWeeks").asInt());

            var quality = api.call(HttpMethod.GET, "hr.lead",
                    "/api/v1/capacity/scenarios/" + scenario.get("id").asLong() + "/quality", null);
            assertThat(quality.status()).isEqualTo(200);
            assertThat(JSON.readTree(quality.body()).get("observations").asInt()).isPositive();
        } finally {
            assertThat(api.call(HttpMethod.DELETE, "planner", "/api/v1/capacity/plans/" + plan, null).status())
                    .isEqualTo(204);
        }
    }
}
