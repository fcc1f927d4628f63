package dev.frontline.attrition.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.ExitReasonNames;

/** Over real HTTP on the demo centre: HR and planners read the attrition analyses, agents are refused. */
@FrontlineIntegrationTest
class AttritionApiTest {

    private static final String PASSWORD = "frontline";

    @LocalServerPort
    int port;

    @Test
    void hrAndPlannerReadSurvivalByEveryGrouping() {
        for (String user : List.of("hr.lead", "planner")) {
            for (String by : List.of("site", "workLocation", "team", "tenureBand", "contract", "cohort")) {
                var response = get(user, "/api/v1/attrition/survival?by=" + by);
                assertThat(response.status().value()).as(user + " " + by).isEqualTo(200);
                assertThat(response.body()).contains("\"by\":\"" + by + "\"").contains("\"verdict\"");
            }
        }
        var site = get("hr.lead", "/api/v1/attrition/survival?by=site");
        assertThat(site.body()).contains("\"verdict\":\"CURVE\"").contains("\"logRank\":{\"chiSquare\"")
                .contains("\"atRisk\"").doesNotContain("NaN");
    }

    @Test
    void aGroupTooSmallForACurveSaysSoInTheAnswer() {
        // hiring cohorts of half a year hold a handful of agents each; the latest one is too young to have exits
        var cohort = get("hr.lead", "/api/v1/attrition/survival?by=cohort");
        assertThat(cohort.body()).containsAnyOf("\"verdict\":\"TOO_FEW_AGENTS\"", "\"verdict\":\"NO_EXITS\"")
                .containsAnyOf("Too few agents", "Nobody left");
    }

    @Test
    void forecastAndExitsAnswerWithIntervalsAndFormula() {
        var forecast = get("planner", "/api/v1/attrition/forecast?by=team&months=18");
        assertThat(forecast.status().value()).isEqualTo(200);
        assertThat(forecast.body()).contains("\"hazardByTenure\"").contains("\"byGroup\"").contains("\"lower\"")
                .contains("\"upper\"").contains("Istanbul team 1");

        var exits = get("hr.lead", "/api/v1/attrition/exits");
        assertThat(exits.status().value()).isEqualTo(200);
        assertThat(exits.body()).contains("\"byQuarterAndReason\"").contains("\"turnoverFormula\"")
                .contains("\"earlyAttrition\"").doesNotContain("NaN");
    }

    @Test
    void badParametersGetAProblemThatNamesTheAllowedValues() {
        var by = get("hr.lead", "/api/v1/attrition/survival?by=shoeSize");
        assertThat(by.status().value()).isEqualTo(400);
        assertThat(by.contentType()).isEqualTo("application/problem+json");
        assertThat(by.body()).contains("shoeSize").contains("workLocation").contains("\"field\":\"by\"");

        var months = get("hr.lead", "/api/v1/attrition/forecast?months=40");
        assertThat(months.status().value()).isEqualTo(400);
        assertThat(months.body()).contains("between 1 and 18");
    }

    @Test
    void exitReasonsAreAnsweredByCodeWithTheirNameInTheReadersLanguage() {
        var exits = new ApiCalls(port).call(org.springframework.http.HttpMethod.GET, "hr.lead", "/api/v1/attrition/exits",
                null, "pl-PL");
        assertThat(exits.status()).isEqualTo(200);
        var counts = tools.jackson.databind.json.JsonMapper.builder().build().readTree(exits.body()).get("byQuarterAndReason");
        assertThat(counts.size()).isPositive();
        int named = 0;
        for (var count : counts) {
            String reason = count.get("reason").asString();
            assertThat(count.get("reasonName").asString()).as(reason)
                    .isEqualTo(ExitReasonNames.display(reason, Locale.forLanguageTag("pl-PL")));
            named += count.get("reasonName").asString().equals(reason) ? 0 : 1;
        }
        // the demo's exits are categories, read as Polish names (a reason typed by another test reads as typed)
        assertThat(named).isPositive();
    }

    @Test
    void agentsAreRefusedWithAProblemAndNoFigures() {
        for (String path : List.of("/api/v1/attrition/survival?by=site", "/api/v1/attrition/forecast",
                "/api/v1/attrition/exits", "/api/v1/attrition/overview")) {
            var response = get("agent.ist", path);
            assertThat(response.status().value()).as(path).isEqualTo(403);
            assertThat(response.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(response.body()).as(path).doesNotContain("chiSquare").doesNotContain("expected");
        }
    }

    @Test
    void theOpenApiDescriptionListsTheAttritionPaths() {
        var docs = get("hr.lead", "/v3/api-docs");
        assertThat(docs.status().value()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/attrition/survival").contains("/api/v1/attrition/forecast")
                .contains("/api/v1/attrition/exits").contains("/api/v1/attrition/overview");
    }

    private record Response(HttpStatusCode status, String contentType, String body) {
    }

    private Response get(String user, String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path).accept(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBasicAuth(user, PASSWORD))
                .exchange((req, res) -> new Response(res.getStatusCode(),
                        res.getHeaders().getContentType() == null ? null
                                : res.getHeaders().getContentType().getType() + "/"
                                        + res.getHeaders().getContentType().getSubtype(),
                        new String(res.getBody().readAllBytes())));
    }
}
