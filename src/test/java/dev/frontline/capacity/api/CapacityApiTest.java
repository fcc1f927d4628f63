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

    @Test
    void newLeversAreCheckedFieldByFieldAndComputed() {
        ApiCalls api = new ApiCalls(port);
        var created = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/plans",
                "{\"name\":\"Api levers plan " + System.nanoTime() + "\",\"weeks\":52}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = JSON.readTree(created.body()).get("id").asLong();
        try {
            String add = "/api/v1/capacity/scenarios?plan=" + plan;
            LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(8);
            expectRefused(api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"x\",\"levers\":{\"homeSharePercent\":120}}"), "homeSharePercent");
            expectRefused(api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"x\",\"levers\":{\"onboardingWeeks\":0}}"), "onboardingWeeks");
            expectRefused(api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"x\",\"levers\":{\"onboardingWeeks\":3,\"classroomWeeks\":4}}"), "classroomWeeks");
            expectRefused(api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"x\",\"levers\":{\"crossSkillAgents\":5}}"), "crossSkillFrom");
            expectRefused(api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"x\",\"levers\":{\"crossSkillAgents\":5,\"crossSkillFrom\":\"" + monday.plusDays(1)
                            + "\"}}"), "crossSkillFrom");
            // more voice agents than the centre employs: refused on the number, nothing saved
            expectRefused(api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"x\",\"levers\":{\"crossSkillAgents\":9000,\"crossSkillFrom\":\"" + monday
                            + "\"}}"), "crossSkillAgents");
            assertThat(JSON.readTree(api.call(HttpMethod.GET, "planner", "/api/v1/capacity/scenarios?plan=" + plan, null)
                    .body()).size()).isEqualTo(1);

            var shorter = api.call(HttpMethod.POST, "planner", add,
                    "{\"name\":\"Three-week onboarding\",\"levers\":{\"onboardingWeeks\":3}}");
            assertThat(shorter.status()).as(shorter.body()).isEqualTo(201);
            long shorterId = JSON.readTree(shorter.body()).get("id").asLong();
            JsonNode classes = JSON.readTree(api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/scenarios/" + shorterId,
                    null).body()).get("classes");
            for (JsonNode c : classes) {
                assertThat(c.get("classroomWeeks").asInt() + c.get("nestingWeeks").asInt()).isEqualTo(3);
            }
            var crossed = api.call(HttpMethod.POST, "planner", add, "{\"name\":\"Ten to chat\",\"levers\":"
                    + "{\"crossSkillAgents\":10,\"crossSkillFrom\":\"" + monday + "\",\"homeSharePercent\":60}}");
            assertThat(crossed.status()).as(crossed.body()).isEqualTo(201);
            JsonNode levers = JSON.readTree(crossed.body()).get("levers");
            assertThat(levers.get("crossSkillAgents").asInt()).isEqualTo(10);
            assertThat(levers.get("crossSkillFrom").asString()).isEqualTo(monday.toString());
            assertThat(levers.get("homeSharePercent").asDouble()).isEqualTo(60.0);
            assertThat(JSON.readTree(crossed.body()).get("figures").get("averageRequiredFte").asDouble()).isPositive();
        } finally {
            ctx.deleteFrom(DSL.table("capacity_plan")).where(DSL.field("id").eq(plan)).execute();
        }
    }

    @Test
    void plannersEditAndRemoveClassesSeeingEachOnesEffectHrReadsAgentsAreRefused() {
        ApiCalls api = new ApiCalls(port);
        var created = api.call(HttpMethod.POST, "planner", "/api/v1/capacity/plans",
                "{\"name\":\"Api classes plan " + System.nanoTime() + "\",\"weeks\":52}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = JSON.readTree(created.body()).get("id").asLong();
        try {
            long scenario = JSON.readTree(api.call(HttpMethod.GET, "planner", "/api/v1/capacity/scenarios?plan=" + plan,
                    null).body()).get(0).get("id").asLong();
            String classesUrl = "/api/v1/capacity/scenarios/" + scenario + "/classes";
            LocalDate later = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(6);
            var added = api.call(HttpMethod.POST, "planner", classesUrl,
                    "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\"" + later + "\",\"size\":6}");
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            JsonNode detail = JSON.readTree(added.body());
            int before = detail.get("classes").size();
            JsonNode mine = null;
            for (JsonNode c : detail.get("classes")) {
                // every class says what the scenario would be without it
                assertThat(c.get("weeksBelowWithout").asInt()).isGreaterThanOrEqualTo(c.get("weeksBelowWith").asInt());
                assertThat(c.get("shortfallWithout").asDouble())
                        .isGreaterThanOrEqualTo(c.get("shortfallWith").asDouble() - 1e-9);
                if (!c.get("proposed").asBoolean()) {
                    mine = c;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(detail.get("shrinkage").size()).isPositive();
            String one = classesUrl + "/" + mine.get("id").asLong();

            expectRefused(api.call(HttpMethod.PUT, "planner", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later.plusDays(2) + "\",\"size\":6}"), "start");
            expectRefused(api.call(HttpMethod.PUT, "planner", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later.minusWeeks(10) + "\",\"size\":6}"), "start");
            expectRefused(api.call(HttpMethod.PUT, "planner", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later + "\",\"size\":400}"), "size");
            expectRefused(api.call(HttpMethod.PUT, "planner", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later + "\",\"size\":6,\"pathCode\":\"NO-SUCH-PATH\"}"), "pathCode");
            expectRefused(api.call(HttpMethod.PUT, "planner", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later + "\",\"size\":6,\"siteCode\":\"NOWHERE\"}"), "siteCode");
            // HR reads the classes but changes nothing; agents see nothing
            assertThat(api.call(HttpMethod.PUT, "hr.lead", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later + "\",\"size\":5}").status()).isEqualTo(403);
            assertThat(api.call(HttpMethod.DELETE, "hr.lead", one, null).status()).isEqualTo(403);
            assertThat(api.call(HttpMethod.GET, "agent.ist", "/api/v1/capacity/scenarios/" + scenario, null).status())
                    .isEqualTo(403);
            assertThat(api.call(HttpMethod.GET, "hr.lead", "/api/v1/capacity/scenarios/" + scenario, null).status())
                    .isEqualTo(200);

            var moved = api.call(HttpMethod.PUT, "planner", one, "{\"queueCode\":\"BILLING_TR_VOICE\",\"start\":\""
                    + later.plusWeeks(2) + "\",\"size\":5,\"siteCode\":\"WAW\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.body()).contains("\"siteCode\":\"WAW\",\"start\":\"" + later.plusWeeks(2) + "\",\"size\":5");
            JsonNode afterMove = JSON.readTree(moved.body()).get("classes");
            assertThat(afterMove.size()).isEqualTo(before);
            long movedId = 0;
            for (JsonNode c : afterMove) {
                if (c.get("siteCode").asString().equals("WAW") && c.get("size").asInt() == 5) {
                    movedId = c.get("id").asLong();
                }
            }
            var removed = api.call(HttpMethod.DELETE, "planner", classesUrl + "/" + movedId, null);
            assertThat(removed.status()).as(removed.body()).isEqualTo(200);
            assertThat(JSON.readTree(removed.body()).get("classes").size()).isEqualTo(before - 1);
            assertThat(api.call(HttpMethod.DELETE, "planner", classesUrl + "/" + movedId, null).status()).isEqualTo(404);
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
