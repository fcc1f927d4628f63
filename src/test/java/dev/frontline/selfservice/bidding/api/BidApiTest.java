package dev.frontline.selfservice.bidding.api;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.BID_AWARD;
import static dev.frontline.db.Tables.BID_LINE;
import static dev.frontline.db.Tables.BID_LINE_SHIFT;
import static dev.frontline.db.Tables.BID_PARTICIPANT;
import static dev.frontline.db.Tables.BID_ROUND;
import static dev.frontline.db.Tables.NOTIFICATION;
import static dev.frontline.db.Tables.ROSTER_SHIFT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

import dev.frontline.selfservice.bidding.engine.PrecedenceOrder;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Line bidding over real HTTP on the real PostgreSQL: a round made from a solved one-week draft of the demo centre,
 * refusals by field and rule, an agent's place and eligible lines, rankings, the allocation, applying it as a new
 * roster version whose shifts are the lines' on their awarded agents, the agents' awards and notifications, roles,
 * a reproducible lottery and the satisfaction order that follows a round.
 */
@FrontlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BidApiTest {

    private static final LocalDate FIRST = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    private long version;
    private final List<Long> made = new ArrayList<>();

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static void refused(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains("\"rule\":\"" + rule + "\"");
    }

    @BeforeAll
    void solveADraft() {
        JsonNode draft = ok(call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + FIRST
                + "\",\"weeks\":1}"), 201);
        version = draft.get("id").asLong();
        made.add(version);
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version + "/solve?config=roster-quick&seconds=3",
                null).status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + version, null).body())
                        .get("status").asString().equals("DONE"));
    }

    @AfterAll
    void cleanUp() {
        ctx.deleteFrom(BID_ROUND).where(BID_ROUND.ROSTER_VERSION_ID.in(made)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(made)).execute();
    }

    private String newRound(String precedence, OffsetDateTime deadline, Long seed) {
        return "{\"rosterVersionId\":" + version + ",\"precedence\":\"" + precedence + "\",\"deadline\":\"" + deadline
                + "\"" + (seed == null ? "" : ",\"seed\":" + seed) + "}";
    }

    private long agentOf(String username) {
        return ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.AGENT_ID);
    }

    @Test
    void unknownRoundsAndRefusalsAreSaidInTheReadersLanguage() {
        ApiCalls api = new ApiCalls(port);
        Response unknown = api.call(HttpMethod.GET, "planner", "/api/v1/bid-rounds/987654321", null, "pl-PL");
        JsonNode problem = ok(unknown, 404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.get("detail").asString()).isEqualTo("Runda wyboru zmian 987654321 nie istnieje.");
        assertThat(problem.get("field").asString()).isEqualTo("roundId");

        Response past = api.call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SENIORITY",
                OffsetDateTime.now().minusHours(1).withNano(0), null), "tr-TR");
        refused(past, 400, "deadline", "DEADLINE_PAST");
        assertThat(json.readTree(past.body()).get("detail").asString()).isEqualTo("deadline: Son tarih gelecekte olmalı.");
    }

    @Test
    void aRoundIsMadeRankedAllocatedAndAppliedAsANewRosterVersion() {
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(2).withNano(0);
        refused(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SENIORITY",
                OffsetDateTime.now().minusHours(1).withNano(0), null)), 400, "deadline", "DEADLINE_PAST");
        refused(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SENIORITY", deadline, 7L)), 400, "seed",
                "SEED_ONLY_FOR_LOTTERY");
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/bid-rounds", newRound("SENIORITY", deadline, null))
                .status()).isEqualTo(403);

        JsonNode created = ok(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SENIORITY", deadline, null)),
                201);
        long round = created.get("round").get("id").asLong();
        int participants = created.get("round").get("participants").asInt();
        int copies = 0;
        for (JsonNode line : created.get("lines")) {
            copies += line.get("copies").asInt();
            assertThat(line.get("shifts")).isNotEmpty();
            assertThat(line.has("sourceAgentIds")).isFalse();
        }
        assertThat(participants).isPositive().isEqualTo(copies);
        assertThat(created.get("lines").size()).isLessThanOrEqualTo(participants);
        refused(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SENIORITY", deadline, null)), 409,
                "rosterVersionId", "ROUND_EXISTS");
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/bid-rounds/" + round, null).status()).isEqualTo(403);

        // the agent's view: place by seniority, the lines they may rank
        JsonNode mine = ok(call(HttpMethod.GET, "agent.ist", "/api/v1/me/bid-rounds/current", null), 200);
        assertThat(mine.get("round").get("id").asLong()).isEqualTo(round);
        assertThat(mine.get("of").asInt()).isEqualTo(participants);
        assertThat(mine.get("basis").asString()).isEqualTo("HIRED");
        assertThat(mine.get("open").asBoolean()).isTrue();
        int place = mine.get("place").asInt();
        assertThat(ctx.fetchCount(BID_PARTICIPANT, BID_PARTICIPANT.BID_ROUND_ID.eq(round)
                .and(BID_PARTICIPANT.PLACE.lt(place)))).isEqualTo(place - 1);
        List<Long> eligible = new ArrayList<>();
        mine.get("eligibleLines").forEach(l -> eligible.add(l.get("id").asLong()));
        assertThat(eligible).isNotEmpty();
        Set<Long> all = new HashSet<>();
        created.get("lines").forEach(l -> all.add(l.get("id").asLong()));
        all.removeAll(eligible);
        assertThat(all).as("some line needs skills, a contract or places agent.ist does not have").isNotEmpty();
        long notMine = all.iterator().next();

        String path = "/api/v1/me/bid-rounds/" + round + "/ranking";
        refused(call(HttpMethod.PUT, "agent.ist", path, "{\"lineIds\":[" + eligible.get(0) + "," + notMine + "]}"), 400,
                "lineIds[1]", "NOT_ELIGIBLE");
        refused(call(HttpMethod.PUT, "agent.ist", path, "{\"lineIds\":[" + eligible.get(0) + "," + eligible.get(0) + "]}"),
                400, "lineIds[1]", "DUPLICATE_LINE");
        List<Long> ranking = new ArrayList<>(eligible);
        Collections.reverse(ranking);
        JsonNode saved = ok(call(HttpMethod.PUT, "agent.ist", path, "{\"lineIds\":" + ranking + "}"), 200);
        assertThat(saved.get("ranking").toString()).isEqualTo(ranking.toString().replace(" ", ""));
        assertThat(call(HttpMethod.PUT, "planner", path, "{\"lineIds\":[]}").status()).isEqualTo(403);

        // an agent outside the round sees nothing of it
        long home = agentOf("agent.home");
        ctx.deleteFrom(BID_PARTICIPANT).where(BID_PARTICIPANT.BID_ROUND_ID.eq(round)).and(BID_PARTICIPANT.AGENT_ID.eq(home))
                .execute();
        assertThat(call(HttpMethod.PUT, "agent.home", path, "{\"lineIds\":[]}").status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.home", "/api/v1/me/bid-rounds/" + round + "/award", null).status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/me/bid-rounds/" + round + "/award", null).status())
                .isEqualTo(404);

        // allocation: everyone gets a line (a perfect assignment exists), agent.ist one they ranked
        refused(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds/" + round + "/apply", null), 400, "roundId",
                "NOT_ALLOCATED");
        JsonNode review = ok(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds/" + round + "/allocation", null), 200);
        assertThat(review.get("agents").asInt()).isEqualTo(participants - 1);
        assertThat(review.get("withoutLine").asInt()).isZero();
        assertThat(review.get("allocationMillis").asDouble()).isLessThan(1000);
        assertThat(review.get("teams")).isNotEmpty();
        long ist = agentOf("agent.ist");
        JsonNode istAward = null;
        for (JsonNode award : review.get("awards")) {
            if (award.get("agentId").asLong() == ist) {
                istAward = award;
            }
        }
        assertThat(istAward).isNotNull();
        assertThat(istAward.get("rank").isNull()).isFalse();
        assertThat(ranking.get(istAward.get("rank").asInt() - 1)).isEqualTo(istAward.get("lineId").asLong());
        refused(call(HttpMethod.PUT, "agent.ist", path, "{\"lineIds\":[]}"), 400, "lineIds", "DEADLINE_PASSED");

        // applying: a new draft with each line's shifts on its awarded agent, and one notification to each agent (other
        // tests of the run may have notified agent.ist of their own rounds)
        int awardedBefore = ctx.fetchCount(NOTIFICATION, NOTIFICATION.AGENT_ID.eq(ist)
                .and(NOTIFICATION.MESSAGE_KEY.eq("selfservice.bidding.notify.awarded")));
        JsonNode applied = ok(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds/" + round + "/apply", null), 200);
        assertThat(applied.get("status").asString()).isEqualTo("APPLIED");
        long newVersion = applied.get("appliedVersionId").asLong();
        made.add(newVersion);
        assertThat(ctx.select(ROSTER_VERSION.STATUS).from(ROSTER_VERSION).where(ROSTER_VERSION.ID.eq(newVersion))
                .fetchSingle(ROSTER_VERSION.STATUS).getLiteral()).isEqualTo("DRAFT");
        for (var award : ctx.selectFrom(BID_AWARD).where(BID_AWARD.BID_ROUND_ID.eq(round)).fetch()) {
            var lineShifts = ctx.select(BID_LINE_SHIFT.WORK_DATE, BID_LINE_SHIFT.SHIFT_CODE, BID_LINE_SHIFT.SITE_ID)
                    .from(BID_LINE_SHIFT).where(BID_LINE_SHIFT.BID_LINE_ID.eq(award.getBidLineId()))
                    .orderBy(BID_LINE_SHIFT.WORK_DATE).fetch();
            var given = ctx.select(ROSTER_SHIFT.WORK_DATE, ROSTER_SHIFT.SHIFT_CODE, ROSTER_SHIFT.SITE_ID).from(ROSTER_SHIFT)
                    .where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(newVersion)).and(ROSTER_SHIFT.AGENT_ID.eq(award.getAgentId()))
                    .orderBy(ROSTER_SHIFT.WORK_DATE).fetch();
            assertThat(given).as("agent %d", award.getAgentId()).isEqualTo(lineShifts);
        }
        assertThat(ctx.fetchCount(ROSTER_SHIFT, ROSTER_SHIFT.ROSTER_VERSION_ID.eq(newVersion).and(ROSTER_SHIFT.AGENT_ID
                .eq(home)))).isZero();
        JsonNode award = ok(call(HttpMethod.GET, "agent.ist", "/api/v1/me/bid-rounds/" + round + "/award", null), 200);
        assertThat(award.get("rank").asInt()).isEqualTo(istAward.get("rank").asInt());
        assertThat(ctx.fetchCount(NOTIFICATION, NOTIFICATION.AGENT_ID.eq(ist)
                .and(NOTIFICATION.MESSAGE_KEY.eq("selfservice.bidding.notify.awarded")))).isEqualTo(awardedBefore + 1);
        refused(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds/" + round + "/apply", null), 409, "roundId",
                "ROUND_APPLIED");

        // the normal publish flow, after which the new version takes no round
        ok(call(HttpMethod.POST, "planner", "/api/v1/rosters/" + newVersion + "/publish", "{\"reason\":\"bids\"}"), 200);
        refused(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SENIORITY", deadline, null)
                .replace("\"rosterVersionId\":" + version, "\"rosterVersionId\":" + newVersion)), 400, "rosterVersionId",
                "ROSTER_PUBLISHED");

        // the lottery is reproducible from its seed
        JsonNode lottery = ok(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound("SEEDED_LOTTERY", deadline,
                4711L)), 201);
        long lotteryRound = lottery.get("round").get("id").asLong();
        assertThat(lottery.get("round").get("seed").asLong()).isEqualTo(4711);
        var drawn = ctx.select(BID_PARTICIPANT.PLACE, dev.frontline.db.Tables.AGENT.EMPLOYEE_NUMBER).from(BID_PARTICIPANT)
                .join(dev.frontline.db.Tables.AGENT).on(dev.frontline.db.Tables.AGENT.ID.eq(BID_PARTICIPANT.AGENT_ID))
                .where(BID_PARTICIPANT.BID_ROUND_ID.eq(lotteryRound)).orderBy(BID_PARTICIPANT.PLACE)
                .fetch(r -> r.value2());
        List<String> byKey = new ArrayList<>(drawn);
        byKey.sort(java.util.Comparator.comparing((String e) -> PrecedenceOrder.drawKey(4711, e)));
        assertThat(drawn).isEqualTo(byKey);
        ctx.deleteFrom(BID_ROUND).where(BID_ROUND.ID.eq(lotteryRound)).execute();

        // last period's satisfaction: the worst results of the applied round choose first, with the reason shown
        JsonNode satisfaction = ok(call(HttpMethod.POST, "planner", "/api/v1/bid-rounds", newRound(
                "LAST_PERIOD_SATISFACTION", deadline, null)), 201);
        assertThat(satisfaction.get("round").get("previousRoundId").asLong()).isEqualTo(round);
        JsonNode istNow = ok(call(HttpMethod.GET, "agent.ist", "/api/v1/me/bid-rounds/current", null), 200);
        assertThat(istNow.get("basis").asString()).isEqualTo("PREVIOUS_RANK");
        assertThat(istNow.get("basisArgs").get(0).asString()).isEqualTo(istAward.get("rank").asString());
        JsonNode homeNow = ok(call(HttpMethod.GET, "agent.home", "/api/v1/me/bid-rounds/current", null), 200);
        assertThat(homeNow.get("basis").asString()).isEqualTo("NO_HISTORY");
        assertThat(ctx.fetchCount(BID_LINE, BID_LINE.BID_ROUND_ID.eq(satisfaction.get("round").get("id").asLong())))
                .isPositive();
    }
}
