package dev.frontline.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Spring MVC's own errors over real HTTP, answered as RFC 7807 problems in the language the client asks for and naming
 * the field: an unreadable body, a refused validation, a path variable of the wrong type and a missing parameter.
 */
@FrontlineIntegrationTest
class LocalizedApiProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode problem(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        return body;
    }

    @Test
    void anUnreadableBodyIsToldInPolishNamingTheField() {
        Response polish = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"2027-02-30\",\"weeks\":2}", "pl-PL,pl;q=0.9");
        JsonNode body = problem(polish);
        assertThat(body.get("field").asString()).isEqualTo("firstDay");
        assertThat(body.get("detail").asString())
                .isEqualTo("firstDay: wartość to nie data w postaci RRRR-MM-DD (istniejący dzień kalendarza).");

        Response english = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"2027-02-30\",\"weeks\":2}", "en-GB");
        assertThat(problem(english).get("detail").asString())
                .isEqualTo("firstDay: the value is not a date as YYYY-MM-DD (a real calendar day).");

        Response broken = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":",
                "tr-TR");
        assertThat(problem(broken).get("detail").asString()).startsWith("Gövde, belgelenen biçimde okunabilir bir JSON değil");
    }

    @Test
    void aRefusedValidationIsToldInTurkishWithItsBound() {
        Response turkish = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"2027-01-04\",\"weeks\":9}", "tr-TR");
        JsonNode body = problem(turkish);
        assertThat(body.get("field").asString()).isEqualTo("weeks");
        assertThat(body.get("detail").asString()).isEqualTo("weeks: en fazla 8 olmalı");

        Response missing = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"weeks\":2}", "pl-PL");
        assertThat(problem(missing).get("detail").asString()).isEqualTo("firstDay: wartość jest wymagana");
    }

    @Test
    void aPathVariableOfTheWrongTypeAndAMissingParameterAreNamed() {
        Response turkish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/rosters/abc", null, "tr-TR");
        JsonNode body = problem(turkish);
        assertThat(body.get("field").asString()).isEqualTo("id");
        assertThat(body.get("detail").asString()).isEqualTo("id: 'abc' bir tam sayı değil.");

        Response polish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/bid-rounds/preview", null,
                "pl-PL");
        JsonNode missing = problem(polish);
        assertThat(missing.get("field").asString()).isEqualTo("rosterVersionId");
        assertThat(missing.get("detail").asString())
                .isEqualTo("rosterVersionId: brakuje tego parametru (oczekiwano: liczba całkowita).");
    }

    @Test
    void apisWithoutRefusalsOfTheirOwnAnswerInTheReadersLanguageToo() {
        Response polish = new ApiCalls(port).call(HttpMethod.GET, "hr.lead", "/api/v1/attrition/forecast?months=many",
                null, "pl-PL");
        JsonNode body = problem(polish);
        assertThat(body.get("field").asString()).isEqualTo("months");
        assertThat(body.get("detail").asString()).startsWith("months: 'many' to nie ");
    }

    @Test
    void aRefusedAttritionParameterIsToldInTheReadersLanguageNamingIt() {
        Response turkish = new ApiCalls(port).call(HttpMethod.GET, "hr.lead", "/api/v1/attrition/survival?by=shoeSize",
                null, "tr-TR");
        JsonNode by = problem(turkish);
        assertThat(turkish.contentType()).isEqualTo("application/problem+json");
        assertThat(by.get("field").asString()).isEqualTo("by");
        assertThat(by.get("rule").asString()).isEqualTo("attrition.error.grouping");
        assertThat(by.get("detail").asString()).startsWith("by: 'shoeSize' bir gruplama değil; şunlardan birini")
                .contains("workLocation");

        Response polish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/attrition/forecast?months=40",
                null, "pl-PL");
        JsonNode months = problem(polish);
        assertThat(months.get("field").asString()).isEqualTo("months");
        assertThat(months.get("detail").asString()).isEqualTo("months: prognoza obejmuje od 1 do 18 miesięcy, nie 40.");
    }

    @Test
    void aRefusedImportParameterIsToldInTheReadersLanguageNamingIt() {
        Response polish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/exports/history", null, "pl-PL");
        JsonNode queue = problem(polish);
        assertThat(queue.get("field").asString()).isEqualTo("queue");
        assertThat(queue.get("detail").asString())
                .isEqualTo("queue: eksport historii wymaga podania kolejki, której historię zapisać.");

        Response turkish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/exports/shoes", null, "tr-TR");
        JsonNode kind = problem(turkish);
        assertThat(kind.get("field").asString()).isEqualTo("kind");
        assertThat(kind.get("detail").asString()).startsWith("kind: 'shoes' bir dosya türü değil; ").contains("agents");

        Response english = new ApiCalls(port).call(HttpMethod.GET, "planner",
                "/api/v1/exports/history?queue=NO_SUCH_QUEUE", null, "en-GB");
        assertThat(problem(english).get("detail").asString()).isEqualTo("queue: there is no queue 'NO_SUCH_QUEUE'.");
    }

    @Test
    void anUnknownIdIsA404InTheReadersLanguageNamingTheField() {
        Response turkish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/agents/987654321", null, "tr-TR");
        JsonNode agent = turkish.problem(404);
        assertThat(agent.get("detail").asString()).isEqualTo("987654321 numaralı temsilci yok.");
        assertThat(agent.get("field").asString()).isEqualTo("id");
        assertThat(agent.get("rule").asString()).isEqualTo("rest.unknown.agent");

        Response polish = new ApiCalls(port).call(HttpMethod.GET, "planner", "/api/v1/rosters/987654321", null, "pl-PL");
        assertThat(polish.status()).as(polish.body()).isEqualTo(404);
        JsonNode roster = JSON.readTree(polish.body());
        assertThat(roster.get("detail").asString()).isEqualTo("Wersja grafiku 987654321 nie istnieje.");
        assertThat(roster.get("field").asString()).isEqualTo("id");
    }
}
