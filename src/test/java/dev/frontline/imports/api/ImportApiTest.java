package dev.frontline.imports.api;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.math.BigDecimal;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The import REST API over real HTTP: previews, commits, 422 problem details listing every bad row, and roles. */
@FrontlineIntegrationTest
class ImportApiTest {

    private static final String PASSWORD = "frontline";

    @LocalServerPort
    int port;
    @Autowired
    DSLContext ctx;
    @Autowired
    JsonMapper json;

    record Response(int status, String contentType, String body) {
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return call(method, user, path, body, "en-GB");
    }

    private Response call(HttpMethod method, String user, String path, String body, String acceptLanguage) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> {
                    h.set("Accept-Language", acceptLanguage);
                    if (user != null) {
                        h.setBasicAuth(user, PASSWORD);
                    }
                    // a CSV upload is not JSON, so it says it is not a cross-site form (docs/security.md)
                    h.set("X-Frontline-Request", "1");
                });
        if (body != null) {
            request = request.contentType(MediaType.parseMediaType("text/csv")).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private String queue() {
        String code = "IMPAPI_" + System.nanoTime() % 1_000_000_000L;
        long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
        ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "API test").set(QUEUE.CHANNEL, ChannelType.VOICE)
                .set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/Istanbul")
                .set(QUEUE.COUNTRY_CODE, "TR").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                .set(QUEUE.SL_THRESHOLD_SECONDS, 20).execute();
        return code;
    }

    private int rows(String queue) {
        return ctx.fetchCount(INTERVAL_HISTORY.join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)), QUEUE.CODE.eq(queue));
    }

    @Test
    void aPlannerPreviewsThenCommitsAHistoryFile() throws Exception {
        String queue = queue();
        String file = "interval_start,offered,handled,abandoned,aht_seconds\n2025-02-03T09:00,5,5,0,200\n2025-02-03T09:30,6,5,1,210\n";
        Response preview = call(HttpMethod.POST, "planner", "/api/v1/imports/history?queue=" + queue, file);
        assertThat(preview.status()).isEqualTo(200);
        JsonNode result = json.readTree(preview.body());
        assertThat(result.get("created").asLong()).isEqualTo(2);
        assertThat(result.get("committed").asBoolean()).isFalse();
        assertThat(rows(queue)).isZero();

        Response commit = call(HttpMethod.POST, "planner", "/api/v1/imports/history?commit=true&queue=" + queue, file);
        assertThat(commit.status()).isEqualTo(200);
        assertThat(json.readTree(commit.body()).get("committed").asBoolean()).isTrue();
        assertThat(rows(queue)).isEqualTo(2);

        Response export = call(HttpMethod.GET, "planner", "/api/v1/exports/history?queue=" + queue, null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("2025-02-03T09:30+03:00," + queue + ",6,5,1,210,,");
    }

    @Test
    void aBadFileIsA422ProblemListingEveryBadRow() throws Exception {
        String queue = queue();
        String file = "interval_start,offered,handled,abandoned,aht_seconds\n2025-02-03T09:00,x,5,0,200\n"
                + "2025-02-03T09:30,6,-5,1,210\n2025-02-03T10:00,6,5,1,210\n";
        Response response = call(HttpMethod.POST, "planner", "/api/v1/imports/history?commit=true&queue=" + queue, file);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("offered");
        assertThat(problem.get("errors").get(1).get("message").asText()).isEqualTo("-5 is negative; must be at least 0");
        assertThat(rows(queue)).isZero();
    }

    @Test
    void aBadHistoryFileIsRefusedInThePlannersLanguageNamingLineAndColumn() {
        String queue = queue();
        String file = "interval_start,offered,handled,abandoned,aht_seconds\n2025-02-03T09:00,x,5,0,200\n"
                + "2025-02-03T09:30,6,-5,1,210\n2025-02-03 25:00,6,5,1,\n";
        Response polish = call(HttpMethod.POST, "planner", "/api/v1/imports/history?queue=" + queue, file, "pl-PL,pl;q=0.9");
        assertThat(polish.status()).isEqualTo(422);
        JsonNode problem = json.readTree(polish.body());
        assertThat(problem.get("title").asText()).isEqualTo("Nieprawidłowy plik importu");
        assertThat(problem.get("detail").asText()).isEqualTo("Historia interwałów: plik zawiera 3 błędy; nic nie zaimportowano.");
        assertThat(problem.get("errorCount").asLong()).isEqualTo(3);
        JsonNode errors = problem.get("errors");
        assertThat(errors).hasSize(3);
        // the machine-readable shape is unchanged: line, column and the message, now in the reader's words
        assertThat(errors.get(0).propertyNames()).containsExactlyInAnyOrder("line", "column", "message");
        assertThat(errors.get(0).get("line").asLong()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("offered");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("'x' nie jest liczbą całkowitą");
        assertThat(errors.get(1).get("column").asText()).isEqualTo("handled");
        assertThat(errors.get(1).get("message").asText()).isEqualTo("-5 to liczba ujemna; wymagane co najmniej 0");
        assertThat(errors.get(2).get("line").asLong()).isEqualTo(4);
        assertThat(errors.get(2).get("column").asText()).isEqualTo("interval_start");
        assertThat(errors.get(2).get("message").asText())
                .isEqualTo("'2025-02-03 25:00' nie jest datą i godziną w formacie ISO (rrrr-mm-ddTgg:mm, opcjonalnie z przesunięciem strefy)");

        Response turkish = call(HttpMethod.POST, "planner", "/api/v1/imports/history",
                "interval_start,queue,offered,handled,abandoned,aht_seconds\n2025-02-03T09:00,NO_SUCH_Q,5,5,0,200\n", "tr-TR");
        JsonNode turkishError = json.readTree(turkish.body()).get("errors").get(0);
        assertThat(turkishError.get("column").asText()).isEqualTo("queue");
        assertThat(turkishError.get("message").asText()).isEqualTo("bilinmeyen kuyruk 'NO_SUCH_Q'");
        assertThat(json.readTree(turkish.body()).get("title").asText()).isEqualTo("Geçersiz içe aktarma dosyası");

        Response english = call(HttpMethod.POST, "planner", "/api/v1/imports/history?queue=" + queue, file, "en-GB");
        assertThat(json.readTree(english.body()).get("detail").asText())
                .isEqualTo("Interval history: the file has 3 errors; nothing was imported.");
        assertThat(json.readTree(english.body()).get("errors").get(0).get("message").asText())
                .isEqualTo("'x' is not a whole number");
    }

    @Test
    void aBadAgentsFileIsRefusedInTurkishAndPolishNamingItsColumns() {
        String file = "employee_number,first_name,last_name,email,hire_date,contract,home_site,skills\n"
                + "I19A,Ayşe,Yılmaz,i19a@example.com,2025-02-30,NO_SUCH_CONTRACT,NO_SUCH_SITE,NO_SUCH_SKILL:0.5\n";
        Response turkish = call(HttpMethod.POST, "planner", "/api/v1/imports/agents?commit=true", file,
                "tr-TR,tr;q=0.9");
        assertThat(turkish.status()).isEqualTo(422);
        JsonNode errors = json.readTree(turkish.body()).get("errors");
        java.util.Map<String, String> byColumn = new java.util.HashMap<>();
        errors.forEach(e -> byColumn.put(e.get("column").asText(), e.get("message").asText()));
        assertThat(byColumn).containsEntry("contract", "bilinmeyen sözleşme 'NO_SUCH_CONTRACT'")
                .containsEntry("home_site", "bilinmeyen ana lokasyon 'NO_SUCH_SITE'")
                .containsEntry("skills", "bilinmeyen beceri 'NO_SUCH_SKILL'")
                .containsEntry("hire_date", "'2025-02-30' geçerli değil; beklenen: ISO biçiminde bir tarih (yyyy-aa-gg)");
        errors.forEach(e -> assertThat(e.get("line").asLong()).isEqualTo(2));

        Response polish = call(HttpMethod.POST, "planner", "/api/v1/imports/agents", file, "pl-PL");
        java.util.Map<String, String> polishByColumn = new java.util.HashMap<>();
        json.readTree(polish.body()).get("errors")
                .forEach(e -> polishByColumn.put(e.get("column").asText(), e.get("message").asText()));
        assertThat(polishByColumn).containsEntry("contract", "nieznana umowa 'NO_SUCH_CONTRACT'")
                .containsEntry("skills", "nieznana umiejętność 'NO_SUCH_SKILL'")
                .containsEntry("hire_date", "'2025-02-30' nie jest datą w formacie ISO (rrrr-mm-dd)");
        assertThat(json.readTree(polish.body()).get("detail").asText()).startsWith("Konsultanci: plik zawiera ");
    }

    @Test
    void shiftTemplateAndHeaderRefusalsReadInPolish() {
        Response lengths = call(HttpMethod.POST, "planner", "/api/v1/imports/shift-templates",
                "code,name,earliest_start,latest_start,start_step_minutes,lengths_minutes\n"
                        + "I19T,Late,12:00,14:00,15,480;x\n", "pl-PL");
        assertThat(lengths.status()).isEqualTo(422);
        JsonNode error = json.readTree(lengths.body()).get("errors").get(0);
        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("column").asText()).isEqualTo("lengths_minutes");
        assertThat(error.get("message").asText())
                .isEqualTo("'x' nie jest całkowitą liczbą minut (podaj długości w postaci 480;540)");

        Response header = call(HttpMethod.POST, "planner", "/api/v1/imports/contracts",
                "code,name,min_minutes_per_week\nI19C,A,0\n", "pl-PL");
        JsonNode missing = json.readTree(header.body()).get("errors").get(0);
        assertThat(missing.get("line").asLong()).isEqualTo(1);
        assertThat(missing.get("column").asText()).isEqualTo("max_minutes_per_week");
        assertThat(missing.get("message").asText()).startsWith("brak kolumny; nagłówek musi zawierać ");
    }

    @Test
    void agentsAndHrCannotImportOrExport() {
        for (String user : new String[] {"agent.ist", "hr.lead"}) {
            Response response = call(HttpMethod.POST, user, "/api/v1/imports/contracts?commit=true",
                    "code,name,min_minutes_per_week,max_minutes_per_week\nAPIX,Api,0,600\n");
            assertThat(response.status()).as(user).isEqualTo(403);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(call(HttpMethod.GET, user, "/api/v1/exports/agents", null).status()).isEqualTo(403);
        }
        assertThat(ctx.fetchExists(dev.frontline.db.Tables.CONTRACT, dev.frontline.db.Tables.CONTRACT.CODE.eq("APIX"))).isFalse();
    }

    @Test
    void theOpenApiDescriptionIsPublicAndListsTheImportPaths() throws Exception {
        Response docs = call(HttpMethod.GET, null, "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/imports/{kind}")).isTrue();
        assertThat(paths.has("/api/v1/exports/{kind}")).isTrue();
        assertThat(docs.body()).contains("\"bearer\"").contains("\"basic\"");
        assertThat(call(HttpMethod.GET, null, "/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
