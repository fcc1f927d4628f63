package dev.frontline.training.api;

import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.TRAINING_BUDGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The learning curve, time to proficiency, off-phone hours and budgets over real HTTP, with their role rules. */
@FrontlineIntegrationTest
class TrainingSupplyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    @Test
    void hrAndPlannersReadTheCurveWithItsPointsAndGoodness() {
        for (String user : List.of("hr.lead", "planner")) {
            Response curve = call(HttpMethod.GET, user, "/api/v1/training/learning-curve", null);
            assertThat(curve.status()).as(user).isEqualTo(200);
            JsonNode body = json.readTree(curve.body());
            assertThat(body.get("source").asString()).isEqualTo("FITTED");
            assertThat(body.get("rSquared").asDouble()).isBetween(0.0, 1.0);
            assertThat(body.get("agents").asInt()).isPositive();
            assertThat(body.get("points").size()).isPositive();
            assertThat(body.get("curve").size()).isEqualTo(27);
            assertThat(body.get("weeksToProficientFromHalf").asDouble()).isPositive();
        }
        JsonNode paths = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/training/time-to-proficiency", null).body());
        assertThat(paths.valueStream().map(p -> p.get("path").asString())).contains("ONB-3W", "CHAT-X");
    }

    @Test
    void hrSetsABudgetPlannersReadItAgentsAreRefused() {
        String month = "2031-04";
        try {
            assertThat(call(HttpMethod.PUT, "hr.lead", "/api/v1/training/budgets/TEAM/IST-1/" + month,
                    "{\"hours\":40}").status()).isEqualTo(204);
            Response read = call(HttpMethod.GET, "planner", "/api/v1/training/off-phone?by=TEAM&from=" + month + "&to="
                    + month, null);
            assertThat(read.status()).isEqualTo(200);
            JsonNode rows = json.readTree(read.body());
            assertThat(rows.valueStream().filter(r -> r.get("scopeCode").asString().equals("IST-1")).findFirst()
                    .orElseThrow().get("budget").asDouble()).isEqualTo(40.0);

            assertThat(call(HttpMethod.PUT, "planner", "/api/v1/training/budgets/TEAM/IST-1/" + month,
                    "{\"hours\":50}").status()).isEqualTo(403);
            for (String path : List.of("/api/v1/training/learning-curve", "/api/v1/training/time-to-proficiency",
                    "/api/v1/training/off-phone?from=2026-01&to=2026-02")) {
                Response refused = call(HttpMethod.GET, "agent.ist", path, null);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.contentType()).isEqualTo("application/problem+json");
            }
        } finally {
            ctx.deleteFrom(TRAINING_BUDGET).where(TRAINING_BUDGET.MONTH.eq(LocalDate.of(2031, 4, 1))).execute();
            ctx.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("training budget")).execute();
        }
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Response badMonth = call(HttpMethod.GET, "hr.lead", "/api/v1/training/off-phone?from=2026-13&to=2026-12", null);
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(json.readTree(badMonth.body()).get("field").asString()).isEqualTo("from");

        Response backwards = call(HttpMethod.GET, "hr.lead", "/api/v1/training/off-phone?from=2026-12&to=2026-01", null);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).get("rule").asString()).isEqualTo("month-range");

        Response badScope = call(HttpMethod.GET, "hr.lead", "/api/v1/training/off-phone?by=ROOM&from=2026-01&to=2026-02", null);
        assertThat(json.readTree(badScope.body()).get("field").asString()).isEqualTo("by");

        Response unknown = call(HttpMethod.PUT, "hr.lead", "/api/v1/training/budgets/SITE/NOPE/2031-01", "{\"hours\":1}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("field").asString()).isEqualTo("site");

        Response negative = call(HttpMethod.PUT, "hr.lead", "/api/v1/training/budgets/SITE/IST/2031-01", "{\"hours\":-5}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(json.readTree(negative.body()).get("field").asString()).isEqualTo("hours");
        assertThat(ctx.fetchCount(TRAINING_BUDGET, TRAINING_BUDGET.MONTH.eq(LocalDate.of(2031, 1, 1)))).isZero();
    }
}
