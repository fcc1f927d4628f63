package dev.frontline.imports.api;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

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

/**
 * The findings of the import and export probe (issue 20), each replayed over real HTTP as a script would send it:
 * huge exponents, files that are not UTF-8, NUL bytes, broken quoting, oversized bodies and cells, and formulas in
 * exports.
 */
@FrontlineIntegrationTest
class ImportHardeningApiTest {

    private static final String PASSWORD = "frontline";
    private static final String CONTRACT_HEADER = "code,name,min_minutes_per_week,max_minutes_per_week\n";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    DSLContext ctx;
    @Autowired
    JsonMapper json;

    record Response(int status, String contentType, String body) {
    }

    private Response call(HttpMethod method, String path, byte[] body) {
        return call(method, path, body, "en-GB");
    }

    private Response call(HttpMethod method, String path, byte[] body, String acceptLanguage) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> {
                    h.set("Accept-Language", acceptLanguage);
                    h.setBasicAuth("planner", PASSWORD);
                    h.set("X-Frontline-Request", "1");
                });
        if (body != null) {
            request = request.contentType(MediaType.parseMediaType("text/csv")).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private Response post(String path, String body) {
        return call(HttpMethod.POST, path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String code() {
        return "HARD" + ProcessHandle.current().pid() % 10_000 + "X" + SEQUENCE.incrementAndGet();
    }

    private String queue() {
        String code = "IMPHARD_" + System.nanoTime() % 1_000_000_000L;
        long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
        ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "Hardening test").set(QUEUE.CHANNEL, ChannelType.VOICE)
                .set(QUEUE.LANGUAGE, "tr").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/Istanbul")
                .set(QUEUE.COUNTRY_CODE, "TR").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                .set(QUEUE.SL_THRESHOLD_SECONDS, 20).execute();
        return code;
    }

    private JsonNode firstError(Response response) {
        return json.readTree(response.body()).get("errors").get(0);
    }

    @Test
    void aHugeExponentIsAShortBoundedRefusalNamingLineColumnAndField() {
        String queue = queue();
        for (String exponent : new String[] {"1e999999999", "1e100000000"}) {
            String file = "interval_start,offered,handled,abandoned,aht_seconds\n2025-02-03T09:00,5,5,0," + exponent + "\n";
            Response response = post("/api/v1/imports/history?commit=true&queue=" + queue, file);
            assertThat(response.status()).as(exponent).isEqualTo(422);
            assertThat(response.body().length()).as("bytes of the answer").isLessThan(4_000);
            JsonNode error = firstError(response);
            assertThat(error.get("line").asLong()).isEqualTo(2);
            assertThat(error.get("column").asText()).isEqualTo("aht_seconds");
            assertThat(error.get("message").asText()).isEqualTo("'" + exponent + "' is out of range; allowed 0 to 999999.99");
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingItsLineUnlessItsCharsetIsChosen() {
        String code = code();
        byte[] turkish = (CONTRACT_HEADER + code + ",Çağrı merkezi tam zamanlı,0,2400\n")
                .getBytes(Charset.forName("windows-1254"));

        Response refused = call(HttpMethod.POST, "/api/v1/imports/contracts?commit=true", turkish);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(firstError(refused).get("line").asLong()).isEqualTo(2);
        assertThat(firstError(refused).get("message").asText()).startsWith("the file is not valid UTF-8 (byte 0xC7)");
        assertThat(ctx.fetchExists(CONTRACT, CONTRACT.CODE.eq(code))).isFalse();
        Response refusedInTurkish = call(HttpMethod.POST, "/api/v1/imports/contracts?commit=true", turkish, "tr-TR");
        assertThat(refusedInTurkish.status()).isEqualTo(422);
        assertThat(firstError(refusedInTurkish).get("line").asLong()).isEqualTo(2);
        assertThat(firstError(refusedInTurkish).get("message").asText())
                .startsWith("dosya geçerli bir UTF-8 dosyası değil (0xC7 baytı); dosyayı UTF-8 olarak kaydedin");

        Response preview = call(HttpMethod.POST, "/api/v1/imports/contracts", turkish);
        assertThat(preview.status()).as("the preview refuses it alike").isEqualTo(422);

        Response imported = call(HttpMethod.POST, "/api/v1/imports/contracts?commit=true&charset=windows-1254", turkish);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(ctx.select(CONTRACT.NAME).from(CONTRACT).where(CONTRACT.CODE.eq(code)).fetchSingle(CONTRACT.NAME))
                .isEqualTo("Çağrı merkezi tam zamanlı");

        Response unknown = call(HttpMethod.POST, "/api/v1/imports/contracts?charset=EBCDIC", turkish);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("windows-1254");
    }

    @Test
    void aNulByteInANameIsRefusedByLineAndColumnNotA500() {
        String code = code();
        Response response = post("/api/v1/imports/contracts?commit=true", CONTRACT_HEADER + code + ",Full\u0000time,0,2400\n");
        assertThat(response.status()).isEqualTo(422);
        JsonNode error = firstError(response);
        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("column").asText()).isEqualTo("name");
        assertThat(error.get("message").asText()).contains("U+0000");
        assertThat(ctx.fetchExists(CONTRACT, CONTRACT.CODE.eq(code))).isFalse();
    }

    @Test
    void brokenQuotingIsReportedOnItsRealLine() {
        String code = code();
        Response response = post("/api/v1/imports/contracts", CONTRACT_HEADER + code + "A,Good,0,2400\n"
                + code + "B,\"Broken\"quote,0,2400\n" + code + "C,Good,0,2400\n");
        assertThat(response.status()).isEqualTo(422);
        assertThat(firstError(response).get("line").asLong()).isEqualTo(3);
        assertThat(firstError(response).get("message").asText()).startsWith("the file is not valid CSV");
    }

    /** A request written by hand: {@code declared} bytes announced, only {@code sent} of them sent, then the answer. */
    private String rawPost(String path, long declared, byte[] sent) throws IOException {
        return rawPost(path, declared, sent, "en-GB");
    }

    private String rawPost(String path, long declared, byte[] sent, String acceptLanguage) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString(("planner:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: text/csv\r\nX-Frontline-Request: 1\r\nAccept-Language: " + acceptLanguage
                    + "\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.trim().endsWith("}") || text.endsWith("0\r\n\r\n")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException stopped) {
                // what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedEarlyWithA413NamingTheLimit() throws IOException {
        byte[] start = (CONTRACT_HEADER + "BIG,Big,0,2400\n").getBytes(StandardCharsets.UTF_8);
        String answer = rawPost("/api/v1/imports/contracts?commit=true", 50L * 1024 * 1024, start);
        assertThat(answer).as("answered after %d of 50 MB were sent", start.length).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json").contains("40 MB")
                .contains("frontline.imports.max-file-size").contains("Import file too large");

        String polish = rawPost("/api/v1/imports/contracts?commit=true", 50L * 1024 * 1024, start, "pl-PL,pl;q=0.9");
        assertThat(polish).startsWith("HTTP/1.1 413").contains("\"title\":\"Plik importu jest za duży\"")
                .contains("\"detail\":\"Plik jest większy niż 40 MB, czyli więcej, niż import może wczytać "
                        + "(frontline.imports.max-file-size); nic nie zaimportowano.\"")
                .contains("\"setting\":\"frontline.imports.max-file-size\"");
        String turkish = rawPost("/api/v1/imports/contracts?commit=true", 50L * 1024 * 1024, start, "tr-TR");
        assertThat(turkish).startsWith("HTTP/1.1 413").contains("\"title\":\"İçe aktarma dosyası çok büyük\"");
    }

    @Test
    void aTenMegabyteCellIsRefusedBeforeItEndsNamingLineAndColumn() throws IOException {
        String code = code();
        byte[] start = (CONTRACT_HEADER + code + ",\"" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        String answer = rawPost("/api/v1/imports/contracts", 10L * 1024 * 1024, start);
        assertThat(answer).as("answered after 1 of 10 MB were sent").startsWith("HTTP/1.1 422");
        assertThat(answer).contains("\"line\":2").contains("\"column\":\"name\"")
                .contains("the cell is longer than 4096 characters");
    }

    @Test
    void exportsNeutraliseFormulasAndReadBackUnchanged() {
        String code = code();
        String name = "=HYPERLINK(\"http://evil.example\",\"cmd\")";
        Response imported = post("/api/v1/imports/contracts?commit=true",
                CONTRACT_HEADER + code + ",\"" + name.replace("\"", "\"\"") + "\",0,2400\n");
        assertThat(imported.status()).isEqualTo(200);

        Response export = call(HttpMethod.GET, "/api/v1/exports/contracts", null);
        assertThat(export.status()).isEqualTo(200);
        String line = export.body().lines().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        assertThat(line).startsWith(code + ",\"'=HYPERLINK(");
        assertThat(export.body()).doesNotContain(",=").doesNotContain(",\"=").doesNotContain(",@").doesNotContain(",+");

        Response again = post("/api/v1/imports/contracts?commit=true", export.body());
        assertThat(again.status()).isEqualTo(200);
        JsonNode result = json.readTree(again.body());
        assertThat(result.get("created").asLong()).isZero();
        assertThat(result.get("changed").asLong()).as("the round trip changes nothing").isZero();
        assertThat(ctx.select(CONTRACT.NAME).from(CONTRACT).where(CONTRACT.CODE.eq(code)).fetchSingle(CONTRACT.NAME))
                .isEqualTo(name);
    }
}
