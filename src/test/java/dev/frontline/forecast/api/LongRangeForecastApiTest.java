package dev.frontline.forecast.api;

import static dev.frontline.db.Tables.LONG_RANGE_OVERRIDE;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Long-range forecasts and overrides over real HTTP: what planners and HR read, who may write, problem details. */
@FrontlineIntegrationTest
class LongRangeForecastApiTest {

    private static final String BASE = "/api/v1/forecasts/long-range/TECH_PL_EMAIL";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext db;

    private Long created;

    @AfterEach
    void tearDown() {
        if (created != null) {
            db.deleteFrom(LONG_RANGE_OVERRIDE).where(LONG_RANGE_OVERRIDE.ID.eq(created)).execute();
        }
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    @Test
    void plannersAndHrReadTheForecastWithItsExplanation() {
        for (String user : new String[] {"planner", "hr.lead"}) {
            Response r = call(HttpMethod.GET, user, BASE + "?weeks=78&trend=LINEAR", null);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = json.readTree(r.body());
            assertThat(body.get("weeks").size()).isEqualTo(78);
            assertThat(body.get("trend").asString()).isEqualTo("LINEAR");
            JsonNode week = body.get("weeks").get(0);
            assertThat(week.get("volume").asDouble()).isPositive();
            assertThat(week.get("upper95").asDouble()).isGreaterThan(week.get("upper80").asDouble());
            assertThat(week.get("explanation").asString()).startsWith("Week of");
            assertThat(body.get("model").asString()).contains("weekly totals");
            assertThat(body.get("months").size()).isPositive();
        }
        assertThat(call(HttpMethod.GET, "agent.ist", BASE, null).status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "planner", "/v3/api-docs", null).body())
                .contains("/api/v1/forecasts/long-range/{queue}").contains("/api/v1/forecasts/long-range/{queue}/overrides/{id}");
    }

    @Test
    void onlyPlannersChangeOverridesAndBadValuesNameTheField() {
        String launch = "{\"from\":\"2030-03-01\",\"measure\":\"VOLUME\",\"percent\":15,\"reason\":\"New product launch\"}";
        assertThat(call(HttpMethod.POST, "hr.lead", BASE + "/overrides", launch).status()).isEqualTo(403);

        Response added = call(HttpMethod.POST, "planner", BASE + "/overrides", launch);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        created = json.readTree(added.body()).get("id").asLong();
        assertThat(added.location()).endsWith("/overrides/" + created);
        assertThat(call(HttpMethod.GET, "hr.lead", BASE + "/overrides", null).body()).contains("New product launch");

        Response changed = call(HttpMethod.PUT, "planner", BASE + "/overrides/" + created,
                "{\"from\":\"2030-03-01\",\"to\":\"2030-05-31\",\"measure\":\"AHT\",\"percent\":8,\"reason\":\"Longer calls\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("measure").asString()).isEqualTo("AHT");

        Response bad = call(HttpMethod.POST, "planner", BASE + "/overrides",
                "{\"from\":\"2030-03-01\",\"measure\":\"VOLUME\",\"percent\":-120,\"reason\":\"x\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(json.readTree(bad.body()).get("field").asString()).isEqualTo("percent");
        Response weeks = call(HttpMethod.GET, "planner", BASE + "?weeks=100", null);
        assertThat(weeks.status()).isEqualTo(422);
        assertThat(json.readTree(weeks.body()).get("field").asString()).isEqualTo("weeks");
        assertThat(call(HttpMethod.DELETE, "planner", BASE + "/overrides/999999999", null).status()).isEqualTo(404);

        assertThat(call(HttpMethod.DELETE, "planner", BASE + "/overrides/" + created, null).status()).isEqualTo(204);
    }
}
