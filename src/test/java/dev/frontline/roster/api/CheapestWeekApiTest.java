package dev.frontline.roster.api;

import static dev.frontline.db.Tables.BACKGROUND_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The cheapest-week what-if over real HTTP: queued, followed to its answer, refused naming the field, planners only. */
@FrontlineIntegrationTest
class CheapestWeekApiTest {

    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    @Test
    void aPlannerFindsTheCheapestWeekForTheChatCohortsCourse() {
        Response queued = call(HttpMethod.POST, "planner", "/api/v1/training/cheapest-week",
                "{\"courseCode\":\"CHAT-201\",\"firstWeek\":\"" + MONDAY + "\",\"weeks\":1}");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        long id = json.readTree(queued.body()).get("jobId").asLong();
        try {
            assertThat(json.readTree(queued.body()).get("cohortSize").asInt()).isEqualTo(8);
            JsonNode done = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/training/cheapest-week/jobs/" + id,
                            null).body()), r -> !r.get("state").asString().matches("QUEUED|RUNNING"));
            assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
            JsonNode week = done.get("weeks").get(0);
            assertThat(week.get("week").asString()).isEqualTo(MONDAY.toString());
            assertThat(week.get("measured").asBoolean()).isTrue();
            assertThat(week.get("courseDays").asInt()).isEqualTo(3);
            assertThat(week.get("extraUnmetAgentHours").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(done.get("cheapestWeek").asString()).isEqualTo(MONDAY.toString());
            assertThat(done.get("answer").asString()).startsWith("Cheapest: the week of");
        } finally {
            ctx.deleteFrom(BACKGROUND_JOB).where(BACKGROUND_JOB.ID.eq(id)).execute();
        }
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndOnlyPlannersAsk() {
        Response unknown = call(HttpMethod.POST, "planner", "/api/v1/training/cheapest-week", "{\"courseCode\":\"NOPE\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(unknown.body()).get("field").asString()).isEqualTo("courseCode");
        Response tooMany = call(HttpMethod.POST, "planner", "/api/v1/training/cheapest-week",
                "{\"courseCode\":\"CHAT-201\",\"weeks\":12}");
        assertThat(json.readTree(tooMany.body()).get("field").asString()).isEqualTo("weeks");
        // said in the reader's language, naming the field
        Response turkish = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/training/cheapest-week",
                "{\"courseCode\":\"CHAT-201\",\"weeks\":12}", "tr-TR");
        assertThat(turkish.status()).isEqualTo(422);
        assertThat(json.readTree(turkish.body()).get("detail").asString())
                .isEqualTo("weeks: Denenecek hafta sayısı 1 ile 8 arasında olmalı; 12 olamaz.");
        Response polish = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/training/cheapest-week",
                "{\"courseCode\":\"NOPE\"}", "pl-PL");
        assertThat(json.readTree(polish.body()).get("detail").asString())
                .isEqualTo("courseCode: Nie ma kursu o kodzie „NOPE”.");
        Response unknownJob = new ApiCalls(port).call(HttpMethod.GET, "planner",
                "/api/v1/training/cheapest-week/jobs/987654321", null, "pl-PL");
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(json.readTree(unknownJob.body()).get("detail").asString())
                .isEqualTo("Wyszukiwanie najtańszego tygodnia 987654321 nie istnieje.");
        assertThat(call(HttpMethod.POST, "hr.lead", "/api/v1/training/cheapest-week", "{\"courseCode\":\"CHAT-201\"}")
                .status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/training/cheapest-week/jobs/1", null).status()).isEqualTo(403);
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }
}
