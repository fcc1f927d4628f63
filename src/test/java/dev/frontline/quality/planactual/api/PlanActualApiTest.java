package dev.frontline.quality.planactual.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import dev.frontline.testing.FrontlineIntegrationTest;

/** Over real HTTP on the demo centre: planners and HR read plan against actual, agents are refused, bad input is a problem. */
@FrontlineIntegrationTest
class PlanActualApiTest {

    private static final String PASSWORD = "frontline";

    @LocalServerPort
    int port;

    private static LocalDate lastMonday() {
        return LocalDate.now().minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void plannerAndHrReadTheWeeksWithTheirGapsExplained() {
        String path = "/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=" + lastMonday().minusWeeks(3) + "&to="
                + lastMonday().plusDays(6);
        for (String user : List.of("planner", "hr.lead")) {
            var response = get(user, path);
            assertThat(response.status().value()).as(user).isEqualTo(200);
            assertThat(response.body()).contains("\"measure\":\"SERVICE_LEVEL\"").contains("\"name\":\"Billing – Turkish – voice\"")
                    .contains("\"requirementVersion\"").contains("\"rosterVersion\"").contains("\"parts\"")
                    .contains("\"code\":\"VOLUME_").contains("\"code\":\"STAFF_").doesNotContain("NaN");
        }
        var email = get("hr.lead", "/api/v1/kpis/plan-vs-actual/days?queue=TECH_PL_EMAIL&week=" + lastMonday());
        assertThat(email.status().value()).isEqualTo(200);
        assertThat(email.body()).contains("\"measure\":\"RESPONSE_HOURS\"").contains("\"goal\":12.0");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        var unknown = get("planner", "/api/v1/kpis/plan-vs-actual?queue=NOPE&from=2026-09-01&to=2026-09-30");
        assertThat(unknown.status().value()).isEqualTo(400);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).contains("\"field\":\"queue\"").contains("queue: There is no queue NOPE.");
        var turkish = get("planner", "/api/v1/kpis/plan-vs-actual?queue=NOPE&from=2026-09-01&to=2026-09-30", "tr");
        assertThat(turkish.status().value()).isEqualTo(400);
        assertThat(turkish.body()).contains("\"detail\":\"queue: NOPE diye bir kuyruk yok.\"")
                .contains("\"field\":\"queue\"");

        var reversed = get("planner", "/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=2026-10-01&to=2026-09-01");
        assertThat(reversed.status().value()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"from\"").contains("is after the last day");
        var polish = get("planner", "/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=2026-10-01&to=2026-09-01",
                "pl");
        assertThat(polish.body()).contains("from: Pierwszy dzień 1 paź 2026 przypada po ostatnim dniu 1 wrz 2026.")
                .contains("\"title\":\"Nieprawidłowe zapytanie (plan a wykonanie)\"");

        var tooLong = get("hr.lead", "/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=2025-01-01&to=2026-09-01");
        assertThat(tooLong.status().value()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"to\"").contains("at most 26");

        var unreadable = get("hr.lead", "/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=yesterday&to=2026-09-01");
        assertThat(unreadable.status().value()).isEqualTo(400);
        assertThat(unreadable.contentType()).isEqualTo("application/problem+json");
        assertThat(unreadable.body()).contains("\"field\":\"from\"");

        var missing = get("hr.lead", "/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=2026-09-01");
        assertThat(missing.status().value()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"to\"");
    }

    @Test
    void agentsAreRefusedWithAProblemAndNoFigures() {
        for (String path : List.of("/api/v1/kpis/plan-vs-actual?queue=BILLING_TR_VOICE&from=2026-09-01&to=2026-09-30",
                "/api/v1/kpis/plan-vs-actual/days?queue=BILLING_TR_VOICE&week=2026-09-07")) {
            var response = get("agent.ist", path);
            assertThat(response.status().value()).as(path).isEqualTo(403);
            assertThat(response.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(response.body()).as(path).doesNotContain("actualContacts");
        }
    }

    @Test
    void theOpenApiDescriptionListsThePaths() {
        var docs = get("planner", "/v3/api-docs");
        assertThat(docs.body()).contains("/api/v1/kpis/plan-vs-actual").contains("/api/v1/kpis/plan-vs-actual/days");
    }

    private record Response(HttpStatusCode status, String contentType, String body) {
    }

    private Response get(String user, String path) {
        return get(user, path, null);
    }

    private Response get(String user, String path, String acceptLanguage) {
        return RestClient.create("http://localhost:" + port).get().uri(path).accept(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.setBasicAuth(user, PASSWORD);
                    if (acceptLanguage != null) {
                        h.set("Accept-Language", acceptLanguage);
                    }
                })
                .exchange((req, res) -> new Response(res.getStatusCode(),
                        res.getHeaders().getContentType() == null ? null
                                : res.getHeaders().getContentType().getType() + "/"
                                        + res.getHeaders().getContentType().getSubtype(),
                        new String(res.getBody().readAllBytes())));
    }
}
