package dev.frontline.selfservice.bidding.api;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.BACKGROUND_JOB;
import static dev.frontline.db.Tables.BID_PARTICIPANT;
import static dev.frontline.db.Tables.BID_ROUND;
import static dev.frontline.db.Tables.NOTIFICATION;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.BidRoundStatus;
import dev.frontline.db.enums.JobState;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * A round's dates as durable jobs, over real HTTP and the real scheduler: the planner previews the lines of a solved
 * draft without opening anything; agents who have not ranked are reminded {@code reminder-hours} before the deadline
 * (the one who ranked is not); at the deadline the round is allocated without the planner. Roles: planners only.
 */
@FrontlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BidDeadlineApiTest {

    private static final LocalDate FIRST = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);
    private static final Duration REMINDER_BEFORE = Duration.ofHours(24);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    private long version;
    private final OffsetDateTime started = OffsetDateTime.now();

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    @BeforeAll
    void solveADraft() {
        version = ok(call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + FIRST + "\",\"weeks\":1}"),
                201).get("id").asLong();
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version + "/solve?config=roster-quick&seconds=3",
                null).status()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + version, null).body())
                        .get("status").asString().equals("DONE"));
    }

    @AfterAll
    void cleanUp() {
        ctx.deleteFrom(NOTIFICATION).where(NOTIFICATION.MESSAGE_KEY.in("selfservice.bidding.notify.reminder",
                "selfservice.bidding.notify.opened")).and(NOTIFICATION.CREATED_AT.ge(started)).execute();
        ctx.deleteFrom(BID_ROUND).where(BID_ROUND.ROSTER_VERSION_ID.eq(version)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.eq(version)).execute();
    }

    private long agentOf(String username) {
        return ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.AGENT_ID);
    }

    private long openRound(OffsetDateTime deadline) {
        return ok(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", "{\"rosterVersionId\":" + version
                + ",\"precedence\":\"SENIORITY\",\"deadline\":\"" + deadline + "\"}"), 201).get("round").get("id").asLong();
    }

    @Test
    void thePlannerPreviewsTheLinesBeforeOpeningARoundAndNothingIsStored() {
        int roundsBefore = ctx.fetchCount(BID_ROUND, BID_ROUND.ROSTER_VERSION_ID.eq(version));
        JsonNode preview = ok(call(HttpMethod.GET, "planner", "/api/v1/bid-rounds/preview?rosterVersionId=" + version, null),
                200);
        assertThat(preview.get("rosterVersionId").asLong()).isEqualTo(version);
        assertThat(preview.get("firstDay").asString()).isEqualTo(FIRST.toString());
        assertThat(preview.get("bidders").asInt()).isPositive();
        assertThat(preview.get("lines")).isNotEmpty().allSatisfy(line -> {
            assertThat(line.get("line").get("shifts")).isNotEmpty();
            // an agent whose schedule the line is may always rank it
            assertThat(line.get("eligibleAgents").asInt()).isBetween(1, preview.get("bidders").asInt());
        });
        int copies = 0;
        for (JsonNode line : preview.get("lines")) {
            copies += line.get("line").get("copies").asInt();
        }
        assertThat(copies).as("one copy per bidder's schedule").isEqualTo(preview.get("bidders").asInt());
        assertThat(ctx.fetchCount(BID_ROUND, BID_ROUND.ROSTER_VERSION_ID.eq(version))).isEqualTo(roundsBefore);

        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/bid-rounds/preview?rosterVersionId=" + version, null).status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.GET, "hr.lead", "/api/v1/bid-rounds/preview?rosterVersionId=" + version, null).status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/bid-rounds/preview?rosterVersionId=999999999", null).status())
                .isEqualTo(404);
    }

    @Test
    void agentsWithoutARankingAreRemindedAndTheRoundIsAllocatedAtItsDeadline() {
        // the reminder falls 20 seconds from now; agent.ist ranks before it and is not reminded
        long reminded = openRound(OffsetDateTime.now().plus(REMINDER_BEFORE).plusSeconds(20).withNano(0));
        try {
            JsonNode mine = ok(call(HttpMethod.GET, "agent.ist", "/api/v1/me/bid-rounds/current", null), 200);
            long line = mine.get("eligibleLines").get(0).get("id").asLong();
            ok(call(HttpMethod.PUT, "agent.ist", "/api/v1/me/bid-rounds/" + reminded + "/ranking", "{\"lineIds\":[" + line
                    + "]}"), 200);
            List<Long> participants = ctx.select(BID_PARTICIPANT.AGENT_ID).from(BID_PARTICIPANT)
                    .where(BID_PARTICIPANT.BID_ROUND_ID.eq(reminded)).fetch(BID_PARTICIPANT.AGENT_ID);
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> jobState("BID_REMINDER", reminded) == JobState.DONE);
            int told = ctx.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE_KEY.eq("selfservice.bidding.notify.reminder")
                    .and(NOTIFICATION.AGENT_ID.in(participants)).and(NOTIFICATION.CREATED_AT.ge(started)));
            assertThat(told).isEqualTo(participants.size() - 1);
            assertThat(ctx.fetchExists(NOTIFICATION, NOTIFICATION.MESSAGE_KEY.eq("selfservice.bidding.notify.reminder")
                    .and(NOTIFICATION.AGENT_ID.eq(agentOf("agent.ist"))).and(NOTIFICATION.CREATED_AT.ge(started)))).isFalse();
            // the reminder does not allocate: the round stays open until its deadline
            assertThat(ctx.select(BID_ROUND.STATUS).from(BID_ROUND).where(BID_ROUND.ID.eq(reminded))
                    .fetchSingle(BID_ROUND.STATUS)).isEqualTo(BidRoundStatus.OPEN);
        } finally {
            ctx.deleteFrom(BID_ROUND).where(BID_ROUND.ID.eq(reminded)).execute();
        }

        long allocated = openRound(OffsetDateTime.now().plusSeconds(6).withNano(0));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> jobState("BID_DEADLINE", allocated) == JobState.DONE);
        assertThat(ctx.select(BID_ROUND.STATUS).from(BID_ROUND).where(BID_ROUND.ID.eq(allocated))
                .fetchSingle(BID_ROUND.STATUS)).isEqualTo(BidRoundStatus.ALLOCATED);
        JsonNode review = ok(call(HttpMethod.GET, "planner", "/api/v1/bid-rounds/" + allocated + "/allocation", null), 200);
        assertThat(review.get("agents").asInt()).isPositive();
        // no reminder for a round whose deadline was nearer than the reminder hours: the opening notice said it
        assertThat(jobState("BID_REMINDER", allocated)).isNull();
    }

    private JobState jobState(String kind, long roundId) {
        return ctx.select(BACKGROUND_JOB.STATE).from(BACKGROUND_JOB).where(BACKGROUND_JOB.KIND.eq(kind))
                .and(BACKGROUND_JOB.SUBJECT_ID.eq(roundId)).orderBy(BACKGROUND_JOB.ID.desc()).limit(1)
                .fetchOptional(BACKGROUND_JOB.STATE).orElse(null);
    }
}
