package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ScratchDatabase;

/**
 * The issue-20 fault check, kept as a test: a node killed (as by {@code kill -9}) in the middle of committing a
 * 400,000-row history import leaves no row of it behind, and the node that takes the job up commits the whole file
 * from the upload kept in the database — all or nothing, never part.
 */
class KillDuringImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] FAST_JOBS = {"--frontline.jobs.heartbeat-interval=1s",
            "--frontline.jobs.missed-heartbeats=4", "--frontline.jobs.polling-interval=500ms",
            "--frontline.imports.answer-within=1s"};
    private static final List<String> QUEUES = List.of("BILLING_PL_VOICE", "BILLING_TR_VOICE", "SALES_EN_VOICE",
            "CARE_EN_CHAT", "TECH_TR_CHAT", "TECH_PL_EMAIL");
    /** Far in the future, so no row of the file overlaps the demo's own history. */
    private static final LocalDateTime FIRST = LocalDateTime.of(2031, 1, 6, 0, 0);
    private static final int DAYS = 700;
    /** With an offset, so no local time falls in a daylight-saving gap of a queue's zone. */
    private static final java.time.format.DateTimeFormatter UTC_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'+00:00'");

    @Test
    void aNodeKilledMidCommitLeavesNothingAndTheNextNodeCommitsTheWholeFile() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("frontline_kill_import")) {
            Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", database.url(),
                    "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER,
                    "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD);
            int rows;
            long jobId;
            try (PackagedApp dying = PackagedApp.startDemo(env, with(FAST_JOBS, "--frontline.node-name=dying"))) {
                StringBuilder file = new StringBuilder("interval_start,queue,offered,handled,abandoned,aht_seconds\n");
                rows = 0;
                for (String queue : QUEUES) {
                    for (int quarter = 0; quarter < DAYS * 96; quarter++) {
                        file.append(UTC_MINUTES.format(FIRST.plusMinutes(15L * quarter))).append(',').append(queue).append(",12,11,1,240\n");
                        rows++;
                    }
                }
                assertThat(rows).isGreaterThanOrEqualTo(400_000);

                HttpResponse<String> posted = HTTP.send(request(dying, "/api/v1/imports/history?commit=true")
                        .header("Content-Type", "text/csv").header("X-Frontline-Request", "1")
                        .POST(HttpRequest.BodyPublishers.ofString(file.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
                jobId = JSON.readTree(posted.body()).get("jobId").asLong();

                // kill it while the commit is writing (progress past the upload, not yet done)
                Awaitility.await("the commit running").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                        .until(() -> job(dying, jobId), j -> j.path("state").asString("").equals("RUNNING")
                                && j.path("progress").asDouble() > 0.05);
                dying.kill();
            }
            assertThat(futureRows(database)).as("rows of the killed commit").isZero();

            try (PackagedApp next = PackagedApp.startDemo(env, with(FAST_JOBS, "--frontline.node-name=next"))) {
                Awaitility.await("the commit taken up and finished").atMost(Duration.ofMinutes(6))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> status(next, jobId), status -> {
                            assertThat(status).as("the job's answer").isIn(200, 202);
                            return status == 200;
                        });
                assertThat(futureRows(database)).isEqualTo(rows);
            }
        }
    }

    private static long futureRows(ScratchDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
             ResultSet r = c.createStatement().executeQuery(
                     "select count(*) from interval_history where interval_start >= '2031-01-01'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static JsonNode job(PackagedApp node, long id) throws Exception {
        HttpResponse<String> response = HTTP.send(request(node, "/api/v1/imports/jobs/" + id).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static int status(PackagedApp node, long id) throws Exception {
        return HTTP.send(request(node, "/api/v1/imports/jobs/" + id).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder request(PackagedApp node, String path) {
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("planner:" + Browsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(2));
    }

    private static String[] with(String[] arguments, String more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }
}
