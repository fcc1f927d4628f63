package dev.frontline.roster.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The Roster page's coverage tab, edit dialog and weights page over real HTTP: coverage after breaks per interval, one
 * interval explained, who could take a gap, the shifts the solver would give a day, rule weights; refusals naming the
 * field; planners only.
 */
@FrontlineIntegrationTest
class RosterCoverageApiTest {

    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void aPlannerReadsCoverageAnIntervalItsCandidatesAndADaysOptions() {
        Response created = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + MONDAY + "\",\"weeks\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        String queue = json.readTree(created.body()).get("versionsUsed").get(0).get("queue").asString();
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?config=roster-quick&seconds=2", null)
                .status()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id, null).body())
                        .get("status").asString().equals("DONE"));

        Response coverage = call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/coverage?queue=" + queue
                + "&date=" + MONDAY.plusDays(1), null);
        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        JsonNode cells = json.readTree(coverage.body());
        assertThat(cells).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("date").asString()).isEqualTo(MONDAY.plusDays(1).toString());
            assertThat(c.get("time").asString()).matches("\\d\\d:(00|15|30|45)");
            // scheduled counts up to the requirement: idle capacity belongs to no queue
            assertThat(c.get("gap").asDouble()).isLessThanOrEqualTo(1e-9);
            assertThat(c.get("required").asDouble() + c.get("gap").asDouble())
                    .isCloseTo(c.get("scheduled").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        });
        JsonNode busiest = null;
        for (JsonNode c : cells) {
            if (busiest == null || c.get("required").asDouble() > busiest.get("required").asDouble()) {
                busiest = c;
            }
        }
        String interval = "/api/v1/rosters/" + id + "/coverage/" + queue + "/" + MONDAY.plusDays(1) + "/"
                + busiest.get("time").asString();
        Response detail = new ApiCalls(port).call(HttpMethod.GET, "planner", interval, null, "tr-TR");
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        JsonNode explained = json.readTree(detail.body());
        assertThat(explained.get("required").asDouble()).isEqualTo(busiest.get("required").asDouble());
        // the grid counts up to the requirement; the interval shows what is over it as its surplus
        assertThat(explained.get("scheduled").asDouble() - explained.get("surplus").asDouble())
                .isCloseTo(busiest.get("scheduled").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(explained.get("queueName").asString()).isNotEqualTo(queue);
        assertThat(explained.get("agents")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("name").asString()).isNotBlank();
            // the shift in words with clock times, never the engine's id
            assertThat(a.get("shift").asString()).matches(".*\\d\\d:\\d\\d.\\d\\d:\\d\\d.*");
        });
        assertThat(explained.get("allocation")).isNotEmpty();

        Response candidates = call(HttpMethod.GET, "planner", interval + "/candidates", null);
        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        assertThat(json.readTree(candidates.body())).allSatisfy(c -> {
            assertThat(c.get("employeeNumber").asString()).isNotBlank();
            assertThat(c.get("shift").asString()).matches(".*\\d\\d:\\d\\d.\\d\\d:\\d\\d.*");
        });

        JsonNode shift = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/shifts", null).body()).get(0);
        Response options = call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/shifts/"
                + shift.get("agent").asString() + "/" + shift.get("date").asString() + "/recommendations", null);
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        assertThat(json.readTree(options.body())).isNotEmpty().allSatisfy(o -> {
            assertThat(o.get("shift").asString()).matches(".*\\d\\d:\\d\\d.\\d\\d:\\d\\d.*");
            assertThat(o.get("place").asString()).isNotBlank();
            assertThat(o.get("scoreChange").asString()).isNotBlank();
        });

        assertThat(field(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/coverage?queue=NOPE", null)))
                .isEqualTo("queue");
        assertThat(field(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/coverage?queue=" + queue + "&date="
                + MONDAY.minusDays(1), null))).isEqualTo("date");
        assertThat(field(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/coverage/" + queue + "/"
                + MONDAY.plusDays(1) + "/09:07", null))).isEqualTo("time");
    }

    @Test
    void aPlannerChangesARulesWeightAndPutsItBack() {
        JsonNode weights = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/roster-weights", null).body());
        assertThat(weights).isNotEmpty().allSatisfy(w -> assertThat(w.get("name").asString()).isNotBlank());
        String rule = weights.get(0).get("rule").asString();
        long defaultWeight = weights.get(0).get("defaultWeight").asLong();
        Response changed = call(HttpMethod.PUT, "planner", "/api/v1/roster-weights", "{\"" + rule + "\":"
                + (defaultWeight + 7) + "}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get(0).get("effective").asLong()).isEqualTo(defaultWeight + 7);
        assertThat(json.readTree(changed.body()).get(0).get("updatedBy").asString()).isEqualTo("planner");
        Response back = call(HttpMethod.PUT, "planner", "/api/v1/roster-weights", "{\"" + rule + "\":null}");
        assertThat(json.readTree(back.body()).get(0).get("effective").asLong()).isEqualTo(defaultWeight);
        assertThat(json.readTree(back.body()).get(0).get("weight").isNull()).isTrue();
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/roster-weights", "{\"No such rule\":1}"))).isEqualTo("weight");
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/roster-weights", "{\"" + rule + "\":-1}"))).isEqualTo("weight");
    }

    @Test
    void onlyPlannersReachCoverageAndWeights() {
        for (String user : List.of("hr.lead", "agent.ist")) {
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters/1/coverage?queue=X", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters/1/coverage/X/2027-01-04/09:00", null).status()).as(user)
                    .isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/roster-weights", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.PUT, user, "/api/v1/roster-weights", "{}").status()).as(user).isEqualTo(403);
        }
    }

    /** The problem's {@code field}, after checking that the answer is a 422 problem detail. */
    private String field(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        return json.readTree(response.body()).get("field").asString();
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }
}
