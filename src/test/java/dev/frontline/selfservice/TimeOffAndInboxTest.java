package dev.frontline.selfservice;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.NOTIFICATION;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.TIME_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Time off, the planner's inbox, the schedule and the calendar feed over real HTTP, on a published roster of next week:
 * balances, double submits, automatic approval by coverage, denial with a reason that the agent reads, roles.
 */
@FrontlineIntegrationTest
class TimeOffAndInboxTest {

    static final LocalDate MONDAY = LocalDate.now(ZoneId.of("Europe/Istanbul")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterJobs jobs;
    @Autowired
    UserDetailsService users;

    private final List<Long> versions = new ArrayList<>();

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private long agentOf(String username) {
        return ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.AGENT_ID);
    }

    @AfterEach
    void cleanUp() {
        ctx.deleteFrom(TIME_OFF).where(TIME_OFF.AGENT_ID.in(agentOf("agent.ist"), agentOf("agent.waw")))
                .and(TIME_OFF.FIRST_DAY.ge(MONDAY)).execute();
        List<Long> all = new ArrayList<>(versions);
        all.addAll(ctx.select(ROSTER_VERSION.ID).from(ROSTER_VERSION).where(ROSTER_VERSION.BASED_ON_ID.in(versions))
                .fetch(ROSTER_VERSION.ID));
        ctx.update(ROSTER_VERSION).setNull(ROSTER_VERSION.BASED_ON_ID).where(ROSTER_VERSION.ID.in(all)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(all)).execute();
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private RosterVersionSummary publishedWeek() {
        signIn("planner");
        RosterVersionSummary draft = rosters.createDraft("self-service test", MONDAY, MONDAY.plusDays(6));
        versions.add(draft.id());
        jobs.solve(draft.id(), RosterSolver.QUICK, Duration.ofSeconds(3));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInSameThread().pollInterval(Duration.ofMillis(300))
                .until(() -> !jobs.status(draft.id()).orElseThrow().running());
        RosterVersionSummary published = rosters.publish(draft.id(), "self-service test");
        SecurityContextHolder.clearContext();
        return published;
    }

    @Test
    void timeOffIsDecidedByCoverageOrByAPlannerWithAReasonTheAgentReads() throws Exception {
        RosterVersionSummary published = publishedWeek();
        assertThat(published.status()).isEqualTo(RosterStatus.PUBLISHED);
        long ist = agentOf("agent.ist");

        // the schedule shows the published week; a planner cannot read an agent's own schedule endpoint
        Response shifts = call(HttpMethod.GET, "agent.ist", "/api/v1/me/shifts?from=" + MONDAY + "&to=" + MONDAY.plusDays(6), null);
        assertThat(shifts.status()).as(shifts.body()).isEqualTo(200);
        JsonNode shiftList = json.readTree(shifts.body());
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/me/shifts?from=" + MONDAY + "&to=" + MONDAY, null).status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/me/shifts?from=" + MONDAY + "&to=" + MONDAY.minusDays(1), null)
                .status()).isEqualTo(400);
        Response weeks = call(HttpMethod.GET, "agent.ist", "/api/v1/me/schedule/weeks?from=" + MONDAY + "&to=" + MONDAY, null);
        assertThat(json.readTree(weeks.body()).get(0).get("days").size()).isEqualTo(7);

        // the calendar: one event per published shift, in the site's zone with its VTIMEZONE, UIDs per agent and day
        Response ics = call(HttpMethod.GET, "agent.ist", "/api/v1/me/calendar.ics", null);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).isEqualTo("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSizeGreaterThanOrEqualTo(shiftList.size());
        String employeeNumber = ctx.select(dev.frontline.db.Tables.AGENT.EMPLOYEE_NUMBER).from(dev.frontline.db.Tables.AGENT)
                .where(dev.frontline.db.Tables.AGENT.ID.eq(ist)).fetchSingle(dev.frontline.db.Tables.AGENT.EMPLOYEE_NUMBER);
        assertThat(events).allSatisfy(e -> assertThat(e.getUid().orElseThrow().getValue()).startsWith(employeeNumber + "-"));
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(((VTimeZone) calendar.getComponents("VTIMEZONE").get(0)).getTimeZoneId().getValue())
                .isEqualTo("Europe/Istanbul");
        if (!shiftList.isEmpty()) {
            assertThat(events).anySatisfy(e -> assertThat(e.getDateTimeStart().getValue())
                    .isEqualTo(shiftList.get(0).get("start").asString().substring(0, 19).replace("-", "").replace(":", "")));
        }

        // the personal feed: made, read without credentials, revoked
        JsonNode feed = json.readTree(call(HttpMethod.POST, "agent.ist", "/api/v1/me/calendar-feed", null).body());
        String path = feed.get("url").asString().replaceFirst("^https?://[^/]+", "");
        Response anonymous = org.springframework.web.client.RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), null, new String(res.getBody().readAllBytes()), null));
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(call(HttpMethod.DELETE, "agent.ist", "/api/v1/me/calendar-feed", null).status()).isEqualTo(204);
        int afterRevoke = org.springframework.web.client.RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(afterRevoke).isEqualTo(404);

        // above the balance: refused naming the balance, nothing stored
        Response tooMuch = call(HttpMethod.POST, "agent.ist", "/api/v1/me/time-off",
                "{\"firstDay\":\"" + MONDAY + "\",\"lastDay\":\"" + MONDAY.plusDays(4) + "\",\"kind\":\"PERSONAL\"}");
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
        assertThat(json.readTree(tooMuch.body()).get("rule").asString()).isEqualTo("BALANCE");
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/me/time-off",
                "{\"firstDay\":\"2020-01-01\",\"lastDay\":\"2020-01-02\",\"kind\":\"VACATION\"}").status()).isEqualTo(400);
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/me/time-off",
                "{\"firstDay\":\"" + MONDAY + "\",\"lastDay\":\"" + MONDAY + "\",\"kind\":\"VACATION\"}").status()).isEqualTo(403);

        // a request: approved at once when coverage holds without the agent, else pending with its impact
        String body = "{\"firstDay\":\"" + MONDAY.plusDays(1) + "\",\"lastDay\":\"" + MONDAY.plusDays(2) + "\",\"kind\":\"VACATION\"}";
        Response first = call(HttpMethod.POST, "agent.ist", "/api/v1/me/time-off", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode submitted = json.readTree(first.body());
        long id = submitted.get("request").get("id").asLong();
        assertThat(submitted.get("impact").get("rosterVersionId").asLong()).isEqualTo(published.id());
        Response twice = call(HttpMethod.POST, "agent.ist", "/api/v1/me/time-off", body);
        assertThat(twice.status()).as("a double submit makes one request").isEqualTo(200);
        assertThat(json.readTree(twice.body()).get("request").get("id").asLong()).isEqualTo(id);
        boolean keeps = submitted.get("impact").get("unmetHoursAfter").asDouble()
                - submitted.get("impact").get("unmetHoursBefore").asDouble() < 1.0 / 60;
        String status = submitted.get("request").get("status").asString();
        assertThat(status).isEqualTo(keeps ? "APPROVED" : "REQUESTED");
        if (keeps) {
            assertThat(submitted.get("request").get("automatic").asBoolean()).isTrue();
            assertThat(ctx.fetchCount(NOTIFICATION, NOTIFICATION.AGENT_ID.eq(ist)
                    .and(NOTIFICATION.MESSAGE_KEY.eq("selfservice.notify.timeoff-auto-approved")))).isPositive();
        } else {
            assertThat(call(HttpMethod.GET, "planner", "/api/v1/inbox", null).body()).contains("TIME_OFF-" + id);
        }

        // a request the planner denies with a reason: the agent reads the decision, reason and a notification
        Response waw = call(HttpMethod.POST, "agent.waw", "/api/v1/me/time-off",
                "{\"firstDay\":\"" + MONDAY.plusDays(3) + "\",\"lastDay\":\"" + MONDAY.plusDays(3) + "\",\"kind\":\"PERSONAL\"}");
        long wawId = json.readTree(waw.body()).get("request").get("id").asLong();
        ctx.update(TIME_OFF).set(TIME_OFF.STATUS, dev.frontline.db.enums.RequestStatus.REQUESTED).setNull(TIME_OFF.DECIDED_AT)
                .setNull(TIME_OFF.DECIDED_BY).set(TIME_OFF.DECIDED_AUTOMATICALLY, false).where(TIME_OFF.ID.eq(wawId)).execute();
        assertThat(call(HttpMethod.GET, "agent.waw", "/api/v1/inbox", null).status()).isEqualTo(403);
        Response noReason = call(HttpMethod.POST, "planner", "/api/v1/inbox/decisions",
                "{\"requests\":[\"TIME_OFF-" + wawId + "\"],\"decision\":\"DENY\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(json.readTree(noReason.body()).get("field").asString()).isEqualTo("reason");
        Response denied = call(HttpMethod.POST, "planner", "/api/v1/inbox/decisions",
                "{\"requests\":[\"TIME_OFF-" + wawId + "\"],\"decision\":\"DENY\",\"reason\":\"Quarter-end peak\"}");
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        assertThat(json.readTree(denied.body()).get(0).get("error").isNull()).isTrue();
        JsonNode mine = json.readTree(call(HttpMethod.GET, "agent.waw", "/api/v1/me/time-off", null).body());
        JsonNode decided = null;
        for (JsonNode r : mine) {
            if (r.get("id").asLong() == wawId) {
                decided = r;
            }
        }
        assertThat(decided).isNotNull();
        assertThat(decided.get("status").asString()).isEqualTo("REJECTED");
        assertThat(decided.get("decisionReason").asString()).isEqualTo("Quarter-end peak");
        assertThat(decided.get("decidedBy").asString()).isEqualTo("planner");
        assertThat(ctx.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("time_off")
                .and(AUDIT_EVENT.ENTITY_KEY.eq(String.valueOf(wawId))).and(AUDIT_EVENT.ACTOR.eq("planner")))).isTrue();
        JsonNode notes = json.readTree(call(HttpMethod.GET, "agent.waw", "/api/v1/me/notifications", null).body());
        assertThat(notes.get("unread").asInt()).isPositive();
        assertThat(notes.get("notifications").get(0).get("text").asString()).contains("Quarter-end peak");
        // an agent never reads another's requests: agent.ist's list holds only their own
        JsonNode istRequests = json.readTree(call(HttpMethod.GET, "agent.ist", "/api/v1/me/time-off", null).body());
        istRequests.forEach(r -> assertThat(r.get("agentId").asLong()).isEqualTo(ist));
        // deciding it again: it is no longer pending
        Response again = call(HttpMethod.POST, "planner", "/api/v1/inbox/decisions",
                "{\"requests\":[\"TIME_OFF-" + wawId + "\"],\"decision\":\"APPROVE\"}");
        assertThat(json.readTree(again.body()).get(0).get("error").asString()).isEqualTo("Time off request " + wawId + " was already declined (by planner).");
    }
}
