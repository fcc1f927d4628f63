package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ScratchDatabase;

/**
 * Two packaged app nodes over one PostgreSQL database: a roster solve asked for through node A's REST API runs on
 * whichever node picks it, node B reports its progress, and when the node running it is killed mid-solve the other
 * node takes the job up from the last saved roster and finishes it in the time left.
 */
class TwoNodesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Fast heartbeats, so a killed node's job is revived within seconds rather than the production half minute. */
    private static final String[] FAST_JOBS = {"--frontline.jobs.heartbeat-interval=1s",
            "--frontline.jobs.missed-heartbeats=4", "--frontline.jobs.polling-interval=500ms"};

    @Test
    void aSolveFollowedFromTheOtherNodeSurvivesTheDeathOfTheNodeRunningIt() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("frontline_two_nodes")) {
            Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", database.url(),
                    "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER,
                    "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD);
            try (PackagedApp a = PackagedApp.startDemo(env, with(FAST_JOBS, "--frontline.node-name=node-a"));
                 PackagedApp b = PackagedApp.startDemo(env, with(FAST_JOBS, "--frontline.node-name=node-b"))) {
                LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                JsonNode draft = call(a, "POST", "/api/v1/rosters",
                        "{\"firstDay\":\"" + monday + "\",\"weeks\":1}", 201);
                long id = draft.get("id").asLong();
                assertThat(draft.get("status").asString()).isEqualTo("NOT_SOLVED");

                JsonNode queued = call(a, "POST", "/api/v1/rosters/" + id + "/solve?seconds=40", null, 202);
                assertThat(queued.get("status").asString()).isIn("QUEUED", "SOLVING");

                // node B follows the solve, wherever it runs, until the best score curve has points
                JsonNode solving = await(b, id, "progress seen from node B", Duration.ofSeconds(60),
                        r -> r.get("status").asString().equals("SOLVING") && r.get("job").get("points").asInt() > 0);
                String runner = solving.get("job").get("node").asString();
                assertThat(runner).isIn("node-a", "node-b");
                assertThat(solving.get("job").get("attempts").asInt()).isEqualTo(1);
                // a saved roster to resume from: the draft is saved every 5 s while it improves
                await(b, id, "a first saved roster", Duration.ofSeconds(60), r -> !r.get("hard").isNull());

                PackagedApp dying = runner.equals("node-a") ? a : b;
                PackagedApp survivor = dying == a ? b : a;
                String survivorName = dying == a ? "node-b" : "node-a";
                dying.kill();

                JsonNode done = await(survivor, id, "the solve finished by " + survivorName, Duration.ofSeconds(150),
                        r -> {
                            assertThat(r.get("status").asString()).as("the solve's state").isNotEqualTo("FAILED");
                            return r.get("status").asString().equals("DONE");
                        });
                assertThat(done.get("job").get("node").asString()).isEqualTo(survivorName);
                assertThat(done.get("job").get("attempts").asInt()).isEqualTo(2);
                assertThat(done.get("hard").isNull()).isFalse();
                // the survivor solved only for the time left of the 40 s asked for, from the roster saved before
                assertThat(done.get("solvingSeconds").asDouble()).isPositive().isLessThan(38.0);
            }
        }
    }

    private static String[] with(String[] arguments, String more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }

    private static JsonNode await(PackagedApp node, long id, String what, Duration timeout,
                                  java.util.function.Predicate<JsonNode> done) {
        return Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> call(node, "GET", "/api/v1/rosters/" + id, null, 200), done::test);
    }

    private static JsonNode call(PackagedApp node, String method, String path, String body, int expectedStatus)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("planner:" + Browsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("X-Frontline-Request", "1")
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
