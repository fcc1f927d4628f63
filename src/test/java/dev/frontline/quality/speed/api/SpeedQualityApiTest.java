package dev.frontline.quality.speed.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.quality.speed.SpeedQualityFixture;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Over real HTTP: HR and planners read every team's and agent's speed and quality with the flags and their numbers;
 * an agent reads only their own figures against the team's range, and is refused everything else.
 */
@FrontlineIntegrationTest
class SpeedQualityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PERIOD = "from=2019-01-01&to=2019-03-31";

    @LocalServerPort
    int port;
    @Autowired
    DSLContext ctx;

    private ApiCalls api;
    private SpeedQualityFixture fixture;

    @BeforeEach
    void write() {
        api = new ApiCalls(port);
        fixture = new SpeedQualityFixture(ctx);
        fixture.write();
    }

    @AfterEach
    void remove() {
        fixture.remove();
    }

    private JsonNode ok(String user, String path) {
        ApiCalls.Response response = api.call(HttpMethod.GET, user, path, null);
        assertThat(response.status()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void teamsHaveWeightedFiguresBandsAndFlagCounts() {
        JsonNode teams = ok("hr.lead", "/api/v1/kpis/teams?" + PERIOD);
        assertThat(teams.get("from").asString()).isEqualTo("2019-01-01");
        assertThat(teams.get("rules").get("minEvaluations").asInt()).isEqualTo(4);
        JsonNode ist = null;
        for (JsonNode t : teams.get("teams")) {
            if (t.get("team").get("code").asString().equals("IST-1")) {
                ist = t;
            }
        }
        assertThat(ist).isNotNull();
        assertThat(ist.get("figures").get("contacts").asLong()).isEqualTo(10L * 64 * SpeedQualityFixture.CONTACTS_PER_DAY);
        assertThat(ist.get("agentsWithData").asInt()).isEqualTo(10);
        assertThat(ist.get("agentsJudged").asInt()).isEqualTo(9);
        assertThat(ist.get("flaggedSpeedOverQuality").asInt()).isEqualTo(1);
        assertThat(ist.get("flaggedQualityAtSlowPace").asInt()).isEqualTo(1);
        // QA band of the nine agents with enough evaluations: 82 to 86
        assertThat(ist.get("bands").get("qa").get("p25").asDouble()).isEqualTo(82.0);
        assertThat(ist.get("bands").get("qa").get("p75").asDouble()).isEqualTo(86.0);
        assertThat(ist.get("bands").get("aht").get("agentsWithEnoughData").asInt()).isEqualTo(10);
    }

    @Test
    void aTeamsAgentsCarryTheNumbersBehindEveryFlagAndTheFrontier() {
        JsonNode team = ok("planner", "/api/v1/kpis/teams/" + fixture.teamId + "/agents?" + PERIOD);
        assertThat(team.get("team").get("code").asString()).isEqualTo("IST-1");
        JsonNode fast = agent(team, fixture.employeeNumbers.get(1));
        JsonNode flag = fast.get("flags").get(0);
        assertThat(flag.get("kind").asString()).isEqualTo("SPEED_OVER_QUALITY");
        assertThat(flag.get("ahtSeconds").asDouble()).isEqualTo(180.0);
        assertThat(flag.get("qaScore").asDouble()).isEqualTo(68.0);
        assertThat(flag.get("qaBandLow").asDouble()).isEqualTo(82.0);
        assertThat(flag.get("qaEvaluations").asLong()).isEqualTo(13);
        assertThat(flag.get("explanation").get("text").asString())
                .startsWith(fast.get("name").asString() + ": AHT 180 s, ")
                .contains("below the team median").contains("QA 68, below the team's band 82–86 (13 evaluations)");

        JsonNode slow = agent(team, fixture.employeeNumbers.get(2));
        assertThat(slow.get("flags").get(0).get("kind").asString()).isEqualTo("QUALITY_AT_SLOW_PACE");

        JsonNode few = agent(team, fixture.employeeNumbers.get(3));
        assertThat(few.get("judged").asBoolean()).isFalse();
        assertThat(few.get("flags")).isEmpty();
        assertThat(few.get("notes").get(0).get("text").asString()).contains("not enough data")
                .contains("2 QA evaluations");

        List<String> frontier = new java.util.ArrayList<>();
        team.get("frontier").get("qa").forEach(n -> frontier.add(n.asString()));
        // the fastest with enough data (180 s) up to the best (97): fast-and-poor and slow-and-excellent both on it
        assertThat(frontier).first().isEqualTo(fixture.employeeNumbers.get(1));
        assertThat(frontier).last().isEqualTo(fixture.employeeNumbers.get(2));
        assertThat(frontier).doesNotContain(fixture.employeeNumbers.get(3));
        assertThat(team.get("trend").size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void oneAgentAgainstTheTeam() {
        JsonNode agent = ok("hr.lead", "/api/v1/kpis/agents/" + fixture.employeeNumbers.get(1) + "?" + PERIOD);
        assertThat(agent.get("agent").get("flags").get(0).get("kind").asString()).isEqualTo("SPEED_OVER_QUALITY");
        assertThat(agent.get("team").get("code").asString()).isEqualTo("IST-1");
        assertThat(agent.get("teamBands").get("qa").get("median").asDouble()).isEqualTo(84.0);
        assertThat(agent.get("trend").size()).isEqualTo(agent.get("teamTrend").size());
    }

    @Test
    void anAgentSeesOwnFiguresAndTheTeamsRangeOnlyAndIsRefusedTheRest() {
        var mine = api.call(HttpMethod.GET, "agent.ist", "/api/v1/me/kpis?" + PERIOD, null);
        assertThat(mine.status()).isEqualTo(200);
        JsonNode me = JSON.readTree(mine.body());
        assertThat(me.get("mine").get("ahtSeconds").asDouble()).isEqualTo(280.0);
        assertThat(me.get("mine").get("qaScore").asDouble()).isEqualTo(82.0);
        assertThat(me.get("teamRange").get("qa").get("median").asDouble()).isEqualTo(84.0);
        assertThat(me.get("team").asString()).isEqualTo("Istanbul team 1");
        // nothing of any colleague: no employee number, no flag, no colleague's own figure
        for (int i = 1; i < fixture.employeeNumbers.size(); i++) {
            assertThat(mine.body()).doesNotContain(fixture.employeeNumbers.get(i));
        }
        assertThat(mine.body()).doesNotContain("flags").doesNotContain("SPEED_OVER_QUALITY").doesNotContain("68.0")
                .doesNotContain("97.0");

        for (String path : List.of("/api/v1/kpis/teams?" + PERIOD, "/api/v1/kpis/teams/" + fixture.teamId + "/agents",
                "/api/v1/kpis/agents/" + fixture.employeeNumbers.get(1),
                "/api/v1/kpis/agents/" + fixture.employeeNumbers.getFirst())) {
            var refused = api.call(HttpMethod.GET, "agent.ist", path, null);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(refused.body()).as(path).doesNotContain("ahtSeconds");
        }
        // and HR has no figures of its own
        assertThat(api.call(HttpMethod.GET, "hr.lead", "/api/v1/me/kpis", null).status()).isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "admin", "/api/v1/kpis/teams", null).status()).isEqualTo(403);
    }

    @Test
    void badPeriodsAndUnknownIdsAreProblemsNamingTheField() {
        var backwards = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams?from=2019-03-01&to=2019-01-01", null);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).isEqualTo("application/problem+json");
        assertThat(backwards.body()).contains("\"field\":\"to\"").contains("before from");

        var tooLong = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams?from=2015-01-01&to=2019-01-01", null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("731 days");

        var half = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams?from=2019-01-01", null);
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.body()).contains("\"field\":\"to\"");

        var notADay = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams?from=2019-02-30&to=2019-03-01", null);
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.body()).contains("\"field\":\"from\"").contains("YYYY-MM-DD");

        var team = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams/999999/agents", null);
        assertThat(team.status()).isEqualTo(404);
        assertThat(team.body()).contains("\"field\":\"team\"");
        var agent = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/agents/E99999", null);
        assertThat(agent.status()).isEqualTo(404);
        assertThat(JSON.readTree(agent.body()).get("detail").asString())
                .isEqualTo("No agent has the employee number E99999.");
        assertThat(JSON.readTree(agent.body()).get("field").asString()).isEqualTo("employeeNumber");
    }

    @Test
    void problemsAreInTheReadersLanguage() {
        var backwards = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams?from=2019-03-01&to=2019-01-01", null,
                "pl-PL,pl;q=0.9");
        assertThat(backwards.status()).isEqualTo(400);
        JsonNode problem = JSON.readTree(backwards.body());
        assertThat(problem.get("detail").asString()).isEqualTo("to: 1 sty 2019 jest przed dniem from (1 mar 2019)");
        assertThat(problem.get("field").asString()).isEqualTo("to");

        var tooLong = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams?from=2015-01-01&to=2019-01-01", null, "tr");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("detail").asString())
                .isEqualTo("to: 1 Oca 2015 ile 1 Oca 2019 arasındaki dönem 731 günden uzun");

        var half = api.call(HttpMethod.GET, "agent.ist", "/api/v1/me/kpis?to=2019-01-31", null, "tr-TR");
        assertThat(half.status()).isEqualTo(400);
        assertThat(JSON.readTree(half.body()).get("detail").asString()).startsWith("from: from ve to değerlerinin ikisini");

        var team = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/teams/999999/agents", null, "tr");
        assertThat(team.status()).isEqualTo(404);
        assertThat(JSON.readTree(team.body()).get("detail").asString()).isEqualTo("999999 numaralı bir ekip yok.");
        assertThat(JSON.readTree(team.body()).get("field").asString()).isEqualTo("team");

        var agent = api.call(HttpMethod.GET, "hr.lead", "/api/v1/kpis/agents/E99999", null, "pl");
        assertThat(agent.status()).isEqualTo(404);
        assertThat(JSON.readTree(agent.body()).get("detail").asString())
                .isEqualTo("Nie ma konsultanta o numerze pracownika E99999.");
    }

    @Test
    void withoutAPeriodTheLastThreeMonthsWithFiguresAreTaken() {
        JsonNode teams = ok("hr.lead", "/api/v1/kpis/teams");
        assertThat(java.time.LocalDate.parse(teams.get("to").asString())).isAfterOrEqualTo(SpeedQualityFixture.LAST_DAY);
        assertThat(java.time.LocalDate.parse(teams.get("from").asString()).getDayOfMonth()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionListsTheKpiPaths() {
        var docs = api.call(HttpMethod.GET, "hr.lead", "/v3/api-docs", null);
        assertThat(docs.body()).contains("/api/v1/kpis/teams").contains("/api/v1/kpis/teams/{teamId}/agents")
                .contains("/api/v1/kpis/agents/{employeeNumber}").contains("/api/v1/me/kpis");
    }

    private static JsonNode agent(JsonNode team, String employeeNumber) {
        for (JsonNode a : team.get("agents")) {
            if (a.get("employeeNumber").asString().equals(employeeNumber)) {
                return a;
            }
        }
        throw new AssertionError("no agent " + employeeNumber + " in " + team);
    }
}
