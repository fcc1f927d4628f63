package dev.frontline.security;

import static dev.frontline.db.Tables.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Issue 20's CSRF finding, reproduced over real HTTP: a page on another site auto-submitted a form to the import API
 * with the browser's remembered basic credentials and a contract was written. Now such requests are refused before
 * they reach a controller, and the API never asks a browser for a password to remember.
 */
@FrontlineIntegrationTest
class ApiCrossSiteRequestTest {

    private static final String CONTRACTS = "/api/v1/imports/contracts?commit=true";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    DSLContext ctx;

    /** What {@code <form enctype="text/plain">} with one field named after the CSV's first lines sends. */
    private static String formBody(String code) {
        return "code,name,min_minutes_per_week,max_minutes_per_week\n" + code + ",Forged,0,600\nx=\r\n";
    }

    @Test
    void aCrossSiteFormPostingTextPlainToTheImportIsRefusedAndWritesNothing() throws Exception {
        HttpResponse<String> response = send("POST", CONTRACTS, "text/plain", formBody("CSRF1"), false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("X-Frontline-Request");
        assertThat(ctx.fetchExists(CONTRACT, CONTRACT.CODE.eq("CSRF1"))).isFalse();
    }

    @Test
    void theOtherContentTypesAFormCanSendAreRefusedToo() throws Exception {
        assertThat(send("POST", CONTRACTS, "application/x-www-form-urlencoded", "code=CSRF2", false).statusCode())
                .isEqualTo(415);
        assertThat(send("POST", CONTRACTS, "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n" + formBody("CSRF2") + "--x--\r\n", false)
                .statusCode()).isEqualTo(415);
        // even text/csv needs the header: a form cannot send it, but a simple fetch with no-cors could
        assertThat(send("POST", CONTRACTS, "text/csv", formBody("CSRF2"), false).statusCode()).isEqualTo(415);
        assertThat(ctx.fetchExists(CONTRACT, CONTRACT.CODE.eq("CSRF2"))).isFalse();
    }

    @Test
    void aBodilessPostWithoutTheHeaderIsRefusedAsABadRequest() throws Exception {
        // what a simple fetch('/api/v1/rosters/1/stop', {method: 'POST', credentials: 'include'}) sends
        HttpResponse<String> response = send("POST", "/api/v1/rosters/1/stop", null, null, false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("X-Frontline-Request");
    }

    @Test
    void aScriptSendingCsvWithTheHeaderOrJsonStillGetsThrough() throws Exception {
        HttpResponse<String> csv = send("POST", "/api/v1/imports/contracts?commit=false", "text/csv",
                "code,name,min_minutes_per_week,max_minutes_per_week\nCSRF3,Preview,0,600\n", true);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains("\"key\":\"CSRF3\"", "\"errorCount\":0");

        // a JSON body cannot come from a form, and a cross-site fetch of one needs a preflight Frontline never grants
        HttpResponse<String> json = send("POST", "/api/v1/rosters", "application/json", "{\"weeks\":1}", false);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
        assertThat(json.body()).doesNotContain("X-Frontline-Request");
    }

    @Test
    void a401NeverAsksABrowserForAPassword() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/agents"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate"))
                .isNotEmpty()
                .noneMatch(challenge -> challenge.regionMatches(true, 0, "Basic", 0, 5));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theApiDescriptionListsTheHeaderOnWritesSoTheSwaggerUiSendsIt() throws Exception {
        String docs = HTTP.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(docs)
                .get("paths");
        assertThat(paths.get("/api/v1/imports/{kind}").get("post").get("parameters").toString())
                .contains("\"X-Frontline-Request\"", "\"in\":\"header\"");
        assertThat(paths.get("/api/v1/agents").get("get").toString()).doesNotContain("X-Frontline-Request");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, boolean header)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("planner:frontline".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (header) {
            request.header(CrossSiteRequestGuard.HEADER, "1");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
