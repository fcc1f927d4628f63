package dev.frontline.selfservice.preferences.api;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.BACKGROUND_JOB;
import static dev.frontline.db.Tables.NOTIFICATION;
import static dev.frontline.db.Tables.PREFERENCE_WINDOW;
import static dev.frontline.db.Tables.PREFERENCE_WISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.roster.engine.AgentWishWeight;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftRequest;
import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Preference windows over real HTTP: a planner opens one, agents state wishes within the budget (each bad input
 * refused with its field), only their own, the roster loader reads them, and a solved roster is compared with them.
 */
@FrontlineIntegrationTest
class PreferenceApiTest {

    /** Two weeks ahead, inside the demo centre's forecast. */
    private static final LocalDate FIRST = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
    private static final LocalDate LAST = FIRST.plusDays(6);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;
    @Autowired
    RosterScenarioRepository scenarios;

    private final List<Long> windows = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ctx.deleteFrom(PREFERENCE_WINDOW).where(PREFERENCE_WINDOW.ID.in(windows)).execute();
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private long openWindow(int budget) {
        Response opened = call(HttpMethod.POST, "planner", "/api/v1/preference-windows", "{\"firstDay\":\"" + FIRST
                + "\",\"lastDay\":\"" + LAST + "\",\"deadline\":\"" + OffsetDateTime.now().plusDays(1) + "\",\"priorityBudget\":"
                + budget + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = json.readTree(opened.body()).get("id").asLong();
        windows.add(id);
        return id;
    }

    private Response wish(String user, long window, String body) {
        return call(HttpMethod.POST, user, "/api/v1/me/preference-windows/" + window + "/wishes", body);
    }

    private static void refused(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void agentsStateWishesWithinTheBudgetAndEveryBadInputIsRefusedWithItsField() {
        long window = openWindow(30);
        Response dayOff = wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + FIRST.plusDays(2) + "\",\"priority\":10}");
        assertThat(dayOff.status()).as(dayOff.body()).isEqualTo(201);
        long wishId = json.readTree(dayOff.body()).get("id").asLong();

        refused(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + FIRST.plusDays(2) + "\",\"priority\":5}"), 409, "date");
        String overBudget = "{\"kind\":\"DAY_ON\",\"weekday\":\"MONDAY\",\"priority\":25}";
        Response english = wish("agent.ist", window, overBudget);
        refused(english, 400, "priority");
        assertThat(json.readTree(english.body()).get("detail").asString()).isEqualTo("25 points would bring your wishes to 35 "
                + "of the 30-point budget (20 points left): lower it or withdraw another wish.");
        // the detail is said in the request's language, its numbers through the language's plurals
        Response polish = new ApiCalls(port).call(HttpMethod.POST, "agent.ist", "/api/v1/me/preference-windows/" + window
                + "/wishes", overBudget, "pl-PL");
        refused(polish, 400, "priority");
        assertThat(json.readTree(polish.body()).get("detail").asString()).isEqualTo("Przy priorytecie 25 punktów Twoje "
                + "preferencje zajęłyby 35 z 30 punktów puli (zostało: 20): obniż priorytet albo wycofaj inną preferencję.");
        refused(wish("agent.ist", window, "{\"kind\":\"START\",\"weekday\":\"MONDAY\",\"priority\":5}"), 400, "earliestStart");
        refused(wish("agent.ist", window, "{\"kind\":\"START\",\"weekday\":\"MONDAY\",\"earliestStart\":\"10:00\","
                + "\"latestStart\":\"08:00\",\"priority\":5}"), 400, "latestStart");
        refused(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + LAST.plusDays(1) + "\",\"priority\":5}"), 400, "date");
        refused(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"priority\":5}"),
                400, "date");
        refused(wish("agent.home", window, "{\"kind\":\"OFFICE\",\"date\":\"" + FIRST + "\",\"priority\":5}"), 400, "kind");
        refused(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"weekday\":\"MONDAY\",\"date\":\"" + FIRST + "\",\"priority\":5}"),
                400, "date");
        refused(wish("agent.home", window, "{\"kind\":\"OFFICE\",\"weekday\":\"TUESDAY\",\"priority\":5}"), 400, "kind");
        refused(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + FIRST + "\",\"priority\":0}"), 400, "priority");
        assertThat(wish("agent.ist", window, "{\"kind\":\"START\",\"weekday\":\"MONDAY\",\"earliestStart\":\"08:00\","
                + "\"latestStart\":\"09:00\",\"priority\":20}").status()).isEqualTo(201);
        assertThat(wish("agent.ist", window, "{\"kind\":\"HOME\",\"weekday\":\"FRIDAY\",\"priority\":1}").status()).isEqualTo(400);

        JsonNode mine = json.readTree(call(HttpMethod.GET, "agent.ist", "/api/v1/me/preference-windows/" + window + "/wishes",
                null).body());
        assertThat(mine.get("wishes")).hasSize(2);
        assertThat(mine.get("priorityLeft").asInt()).isZero();
        assertThat(mine.get("open").asBoolean()).isTrue();
        // another agent sees none of them and cannot withdraw them
        assertThat(json.readTree(call(HttpMethod.GET, "agent.waw", "/api/v1/me/preference-windows/" + window + "/wishes",
                null).body()).get("wishes")).isEmpty();
        assertThat(call(HttpMethod.DELETE, "agent.waw", "/api/v1/me/wishes/" + wishId, null).status()).isEqualTo(403);
        assertThat(ctx.fetchExists(PREFERENCE_WISH, PREFERENCE_WISH.ID.eq(wishId))).isTrue();

        // the roster loader hands the wishes to the engine, weighted by their share of the budget (AgentWishWeight.PER_POINT soft a point)
        long agentId = ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq("agent.ist")).fetchSingle(APP_USER.AGENT_ID);
        String employee = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.ID.eq(agentId)).fetchSingle(AGENT.EMPLOYEE_NUMBER);
        Roster problem = scenarios.load("wishes", FIRST, LAST).build();
        assertThat(problem.getShiftRequests()).filteredOn(r -> r.agent().id().equals(employee))
                .extracting(ShiftRequest::day, ShiftRequest::wantsToWork, ShiftRequest::weight)
                .contains(org.assertj.core.groups.Tuple.tuple(2, false, AgentWishWeight.of(33)));
        // 08:00-09:00 on the window's Monday as a range of starts, 20 of 30 points
        assertThat(problem.getStartPreferences()).filteredOn(p -> p.agent().id().equals(employee))
                .extracting(p -> p.day(), p -> p.earliestMinute(), p -> p.latestMinute(), p -> p.weight())
                .contains(org.assertj.core.groups.Tuple.tuple(0, 8 * 60, 9 * 60, AgentWishWeight.of(67)));

        assertThat(call(HttpMethod.DELETE, "agent.ist", "/api/v1/me/wishes/" + wishId, null).status()).isEqualTo(204);
        assertThat(ctx.fetchExists(PREFERENCE_WISH, PREFERENCE_WISH.ID.eq(wishId))).isFalse();
    }

    @Test
    void aDatedHomeOrOfficeWishIsStoredAndReachesTheSolverOnAOneWeekRoster() {
        long window = openWindow(100);
        Response office = wish("agent.ist", window, "{\"kind\":\"OFFICE\",\"date\":\"" + FIRST.plusDays(1)
                + "\",\"priority\":40}");
        assertThat(office.status()).as(office.body()).isEqualTo(201);
        assertThat(json.readTree(office.body()).get("date").asString()).isEqualTo(FIRST.plusDays(1).toString());
        // the weekday wish for Thursday gives way to the dated one on the week's only Thursday
        assertThat(wish("agent.ist", window, "{\"kind\":\"OFFICE\",\"weekday\":\"THURSDAY\",\"priority\":10}").status())
                .isEqualTo(201);
        assertThat(wish("agent.ist", window, "{\"kind\":\"HOME\",\"date\":\"" + FIRST.plusDays(3) + "\",\"priority\":20}")
                .status()).isEqualTo(201);
        refused(wish("agent.ist", window, "{\"kind\":\"HOME\",\"date\":\"" + FIRST.plusDays(3) + "\",\"priority\":5}"),
                409, "date");
        long agentId = ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq("agent.ist")).fetchSingle(APP_USER.AGENT_ID);
        String employee = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.ID.eq(agentId)).fetchSingle(AGENT.EMPLOYEE_NUMBER);
        Roster problem = scenarios.load("dated places", FIRST, LAST).build();
        // (other windows over these days may add wishes of their own: only this window's weekdays are checked)
        assertThat(problem.getLocationPreferences()).filteredOn(p -> p.agent().id().equals(employee))
                .filteredOn(p -> p.dayOfWeek() == DayOfWeek.TUESDAY || p.dayOfWeek() == DayOfWeek.THURSDAY)
                .extracting(p -> p.dayOfWeek(), p -> p.location().isOffice(), p -> p.weight())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, true, AgentWishWeight.of(40)),
                        org.assertj.core.groups.Tuple.tuple(DayOfWeek.THURSDAY, false, AgentWishWeight.of(20)));
        // another agent sees none of them
        assertThat(json.readTree(call(HttpMethod.GET, "agent.waw", "/api/v1/me/preference-windows/" + window + "/wishes",
                null).body()).get("wishes")).isEmpty();
    }

    @Test
    void agentsWhoStatedNoWishAreRemindedBeforeTheWindowCloses() {
        OffsetDateTime started = OffsetDateTime.now();
        // the reminder falls 24 hours before the deadline: 15 seconds from now
        Response opened = call(HttpMethod.POST, "planner", "/api/v1/preference-windows", "{\"firstDay\":\"" + FIRST
                + "\",\"lastDay\":\"" + LAST + "\",\"deadline\":\"" + OffsetDateTime.now().plusHours(24).plusSeconds(15)
                + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long window = json.readTree(opened.body()).get("id").asLong();
        windows.add(window);
        assertThat(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + FIRST.plusDays(4) + "\",\"priority\":10}")
                .status()).isEqualTo(201);
        long ist = ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq("agent.ist")).fetchSingle(APP_USER.AGENT_ID);
        long waw = ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq("agent.waw")).fetchSingle(APP_USER.AGENT_ID);
        var closing = NOTIFICATION.MESSAGE_KEY.eq("selfservice.wishes.notify.closing").and(NOTIFICATION.CREATED_AT.ge(started));
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> ctx.select(BACKGROUND_JOB.STATE).from(BACKGROUND_JOB)
                            .where(BACKGROUND_JOB.KIND.eq("WISH_REMINDER")).and(BACKGROUND_JOB.SUBJECT_ID.eq(window))
                            .fetchOptional(BACKGROUND_JOB.STATE).orElse(null) == dev.frontline.db.enums.JobState.DONE);
            assertThat(ctx.fetchExists(NOTIFICATION, closing.and(NOTIFICATION.AGENT_ID.eq(waw)))).isTrue();
            assertThat(ctx.fetchExists(NOTIFICATION, closing.and(NOTIFICATION.AGENT_ID.eq(ist)))).isFalse();
            // agent.waw reads it in their language, with the window's dates
            JsonNode notifications = json.readTree(call(HttpMethod.GET, "agent.waw", "/api/v1/me/notifications", null).body());
            assertThat(notifications.toString()).contains("close on");
        } finally {
            ctx.deleteFrom(NOTIFICATION).where(closing).execute();
        }
    }

    @Test
    void onlyPlannersOpenWindowsAndOnlyAgentsStateWishes() {
        long window = openWindow(100);
        String body = "{\"firstDay\":\"" + FIRST + "\",\"lastDay\":\"" + LAST + "\",\"deadline\":\""
                + OffsetDateTime.now().plusDays(1) + "\"}";
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/preference-windows", body).status()).isEqualTo(403);
        assertThat(call(HttpMethod.POST, "hr.lead", "/api/v1/preference-windows", body).status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/preference-windows/" + window + "/summary", null).status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/preference-windows/" + window + "/evaluation", null).status())
                .isEqualTo(403);
        assertThat(wish("planner", window, "{\"kind\":\"DAY_OFF\",\"date\":\"" + FIRST + "\",\"priority\":5}").status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.GET, "hr.lead", "/api/v1/me/preference-windows", null).status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/me/preference-windows", null).body()).contains("\"id\":" + window);
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/preference-windows", null).body()).contains("\"id\":" + window);
        // a window in the past, one longer than 8 weeks and a deadline after the start are refused by field
        refused(call(HttpMethod.POST, "planner", "/api/v1/preference-windows", "{\"firstDay\":\"" + LocalDate.now()
                + "\",\"lastDay\":\"" + LAST + "\",\"deadline\":\"" + OffsetDateTime.now().plusHours(1) + "\"}"), 400, "firstDay");
        refused(call(HttpMethod.POST, "planner", "/api/v1/preference-windows", "{\"firstDay\":\"" + FIRST
                + "\",\"lastDay\":\"" + FIRST.plusWeeks(9) + "\",\"deadline\":\"" + OffsetDateTime.now().plusHours(1) + "\"}"),
                400, "lastDay");
        refused(call(HttpMethod.POST, "planner", "/api/v1/preference-windows", "{\"firstDay\":\"" + FIRST
                + "\",\"lastDay\":\"" + LAST + "\",\"deadline\":\"" + FIRST.plusDays(1) + "T10:00:00Z\"}"), 400, "deadline");
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/preference-windows/999999/summary", null).status()).isEqualTo(404);
    }

    @Test
    void aSolvedRosterIsComparedWithTheWishesAndEachAgentReadsWhyInTheirLanguage() {
        long window = openWindow(100);
        assertThat(wish("agent.ist", window, "{\"kind\":\"DAY_OFF\",\"weekday\":\"SATURDAY\",\"priority\":40}").status()).isEqualTo(201);
        assertThat(wish("agent.ist", window, "{\"kind\":\"DAY_ON\",\"weekday\":\"MONDAY\",\"priority\":30}").status()).isEqualTo(201);
        assertThat(wish("agent.waw", window, "{\"kind\":\"OFFICE\",\"weekday\":\"WEDNESDAY\",\"priority\":50}").status()).isEqualTo(201);

        Response draft = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + FIRST + "\",\"weeks\":1}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long version = json.readTree(draft.body()).get("id").asLong();
        try {
            assertThat(call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version + "/solve?config=roster-quick&seconds=3",
                    null).status()).isEqualTo(202);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + version, null).body())
                            .get("status").asString().equals("DONE"));

            Response evaluated = call(HttpMethod.POST, "planner", "/api/v1/preference-windows/" + window
                    + "/evaluation?rosterVersionId=" + version, null);
            assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
            JsonNode summary = json.readTree(evaluated.body());
            assertThat(summary.get("rosterVersionId").asLong()).isEqualTo(version);
            // one Saturday, one Monday and one Wednesday if worked: at most 3 dated outcomes
            assertThat(summary.get("wishedDates").asInt()).isBetween(2, 3);
            assertThat(summary.get("teams")).isNotEmpty();
            assertThat(summary.get("gini").asDouble()).isBetween(0.0, 1.0);

            var outcomes = new ArrayList<JsonNode>();
            json.readTree(call(HttpMethod.GET, "agent.ist", "/api/v1/me/preference-windows/" + window + "/wishes", null)
                    .body()).get("wishes").forEach(w -> w.get("outcomes").forEach(outcomes::add));
            assertThat(outcomes).hasSize(2).allSatisfy(o -> {
                assertThat(o.get("reason").asString()).isNotBlank().doesNotContain("selfservice.");
                assertThat(o.get("honoured").asBoolean()).isEqualTo(o.get("reasonCode").isNull());
            });
        } finally {
            ctx.deleteFrom(dev.frontline.db.Tables.ROSTER_VERSION).where(dev.frontline.db.Tables.ROSTER_VERSION.ID.eq(version)).execute();
        }
    }
}
