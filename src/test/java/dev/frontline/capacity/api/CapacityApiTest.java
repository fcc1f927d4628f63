package dev.frontline.capacity.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Over real HTTP on the demo centre: a planner makes a plan with what-ifs, HR reads it and is refused changes, agents
 * see nothing; bad input is refused naming the field; scenarios are independent; a plan whose inputs changed says so.
 */
@FrontlineIntegrationTest
class CapacityApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DSLContext ctx;

    @Test
    void plannerPlansHrReadsAgentsAreRefused() {
        ApiCalls api = new ApiCalls(port);
        String name = "Api test plan " + System.nanoTime();
        var created = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/plans",
                "{\"name\":\"" + name + "\",\"weeks\":52}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = JSON.readTree(created.body()).get("id").asLong();
        try {
            var scenarios = api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/scenarios?plan=" + plan, null);
            assertThat(scenarios.status()).isEqualTo(200);
            JsonNode baseline = JSON.readTree(scenarios.body()).get(0);
            assertThat(baseline.get("isDefault").asBoolean()).isTrue();
            assertThat(baseline.get("figures").get("averageRequiredFte").asDouble()).isPositive();

            var detail = api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/scenarios/" + baseline.get("id").asLong(), null);
            assertThat(detail.status()).isEqualTo(200);
            JsonNode weeks = JSON.readTree(detail.body()).get("weeks");
            assertThat(weeks.size()).isEqualTo(52 * 6);
            assertThat(detail.body()).contains("\"requiredLow\"").contains("\"gapHigh\"").doesNotContain("NaN");

            // HR reads but does not plan; agents see nothing
            assertThat(api.call(HttpMethod.POST, "hr.lead", "/api/v1/capacity/scenarios?plan=" + plan,
                    "{\"name\":\"HR try\",\"levers\":{\"volumePercent\":5}}").status()).isEqualTo(403);
            assertThat(api.call(HttpMethod.POST, "hr.lead", "/api/v1/capacity/plans", "{\"name\":\"x\"}").status())
                    .isEqualTo(403);
            var agent = api.call(HttpMethod.GET, "agent.ist", "/api/v1/capacity/plans", null);
            assertThat(agent.status()).isEqualTo(403);
            assertThat(agent.contentType()).isEqualTo("application/problem+json");
        } finally {
            assertThat(api.call(HttpMethod.DELETE, "planner", "/api/v1/capacity/plans/" + plan, null).status()).isEqualTo(204);
        }
    }

    @Test
    void scenariosAreIndependentBadInputNamesTheFieldAndChangedInputsShowAsOutOfDate() {
        ApiCalls api = new ApiCalls(port);
        var created = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/plans",
                "{\"name\":\"Api what-if plan " + System.nanoTime() + "\",\"weeks\":52}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = JSON.readTree(created.body()).get("id").asLong();
        try {
            var more = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    "{\"name\":\"Volume +10 %\",\"levers\":{\"volumePercent\":10}}");
            assertThat(more.status()).as(more.body()).isEqualTo(201);
            var goal = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    "{\"name\":\"90/20\",\"levers\":{\"serviceLevelPercent\":90,\"thresholdSeconds\":20}}");
            assertThat(goal.status()).as(goal.body()).isEqualTo(201);
            JsonNode volume = JSON.readTree(more.body());
            JsonNode ninety = JSON.readTree(goal.body());
            var baseline = JSON.readTree(api.call(HttpMethod.GET, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    null).body()).get(0);
            assertThat(volume.get("figures").get("averageRequiredFte").asDouble())
                    .isGreaterThan(baseline.get("figures").get("averageRequiredFte").asDouble());

            // changing one scenario leaves the others exactly as they were
            var changed = api.call(HttpMethod.PUT, "planner", "/api/v1/capacity/scenarios/" + volume.get("id").asLong()
                    + "?version=" + volume.get("version").asInt(),
                    "{\"name\":\"Volume +20 %\",\"levers\":{\"volumePercent\":20}}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            var after = JSON.readTree(api.call(HttpMethod.GET, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    null).body());
            for (JsonNode s : after) {
                if (s.get("id").asLong() == ninety.get("id").asLong()) {
                    assertThat(s).isEqualTo(ninety);
                }
                if (s.get("id").asLong() == baseline.get("id").asLong()) {
                    assertThat(s).isEqualTo(baseline);
                }
            }

            long scenario = ninety.get("id").asLong();
            expectRefused(api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    "{\"name\":\"Too good\",\"levers\":{\"serviceLevelPercent\":101}}"), "serviceLevelPercent");
            expectRefused(api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    "{\"name\":\"Nobody leaves\",\"levers\":{\"attritionPoints\":-49}}"), "attritionPoints");
            LocalDate lastMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
            expectRefused(api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios/" + scenario + "/classes",
                    "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\"" + lastMonday.minusWeeks(1) + "\",\"size\":5}"),
                    "start");
            LocalDate later = lastMonday.plusWeeks(10);
            expectRefused(api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios/" + scenario + "/classes",
                    "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\"" + later + "\",\"size\":400}"), "size");

            // a planner's own class is kept and counted from the end of its classroom
            var withClass = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/scenarios/" + scenario + "/classes",
                    "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\"" + later + "\",\"size\":6}");
            assertThat(withClass.status()).as(withClass.body()).isEqualTo(200);
            assertThat(withClass.body()).contains("\"start\":\"" + later + "\",\"size\":6").contains("\"proposed\":false");

            assertThat(JSON.readTree(api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/plans/" + plan, null).body())
                    .get("outOfDate").asBoolean()).isFalse();
            // as if the records had changed since the computation
            ctx.execute("update capacity_scenario set inputs_fingerprint = 'before' where id = ?", scenario);
            assertThat(JSON.readTree(api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/plans/" + plan, null).body())
                    .get("outOfDate").asBoolean()).isTrue();
            assertThat(api.call(HttpMethod.POST, "planner", "/api/v1/capacity/plans/" + plan + "/recompute", null).status())
                    .isEqualTo(200);
            assertThat(JSON.readTree(api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/plans/" + plan, null).body())
                    .get("outOfDate").asBoolean()).isFalse();
        } finally {
            ctx.deleteFrom(DSL.table("capacity_plan")).where(DSL.field("id").eq(plan)).execute();
        }
    }

    private static void expectRefused(ApiCalls.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo(field);
    }
}
