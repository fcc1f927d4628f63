package dev.frontline.selfservice;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.OFFICE_DAY_BOOKING;
import static dev.frontline.db.Tables.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.selfservice.officedays.OfficeDayService;
import dev.frontline.selfservice.officedays.SeatStorm;
import dev.frontline.selfservice.officedays.persistence.StormFixtureRepository;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Office days over real HTTP on the demo centre: booking rules, seats, roles, and the 500-request storm. */
@FrontlineIntegrationTest
class OfficeDayApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;
    @Autowired
    OfficeDayService officeDays;
    @Autowired
    StormFixtureRepository fixtures;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private long agentOf(String username) {
        return ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.AGENT_ID);
    }

    /** A weekday in the week after next, in Istanbul's calendar, that agent.ist has not booked. */
    private LocalDate freeDay(int weekday) {
        return LocalDate.now(ZoneId.of("Europe/Istanbul")).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1)
                .plusDays(weekday);
    }

    @org.junit.jupiter.api.BeforeEach
    @AfterEach
    void cleanUp() {
        ctx.deleteFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.AGENT_ID.eq(agentOf("agent.ist")))
                .and(OFFICE_DAY_BOOKING.WORK_DATE.ge(freeDay(0))).execute();
    }

    @Test
    void anAgentBooksAnOfficeDayOnceAndEveryRoleReadsTheSeats() {
        LocalDate day = freeDay(1);
        ctx.deleteFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.AGENT_ID.eq(agentOf("agent.ist"))).execute();
        int before = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/seats?site=IST&date=" + day, null).body())
                .get("booked").asInt();

        Response booked = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                "{\"date\":\"" + day + "\",\"site\":\"IST\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.location()).endsWith("/api/v1/me/office-days/" + day);
        Response again = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                "{\"date\":\"" + day + "\",\"site\":\"IST\"}");
        assertThat(again.status()).as("a double submit books once").isEqualTo(200);

        for (String user : List.of("planner", "hr.lead", "agent.waw")) {
            Response seats = call(HttpMethod.GET, user, "/api/v1/seats?site=IST&date=" + day, null);
            assertThat(seats.status()).as(user).isEqualTo(200);
            JsonNode body = json.readTree(seats.body());
            assertThat(body.get("seats").asInt()).isPositive();
            assertThat(body.get("booked").asInt()).isEqualTo(before + 1);
        }
        assertThat(json.readTree(call(HttpMethod.GET, "agent.ist", "/api/v1/me/office-days?from=" + day + "&to=" + day,
                null).body()).size()).isEqualTo(1);

        Response cancelled = call(HttpMethod.DELETE, "agent.ist", "/api/v1/me/office-days/" + day, null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
        Response notBooked = new ApiCalls(port).call(HttpMethod.DELETE, "agent.ist", "/api/v1/me/office-days/" + day,
                null, "pl-PL");
        assertThat(notBooked.status()).as(notBooked.body()).isEqualTo(404);
        JsonNode notBookedProblem = json.readTree(notBooked.body());
        assertThat(notBookedProblem.get("field").asString()).isEqualTo("date");
        assertThat(notBookedProblem.get("detail").asString()).isEqualTo("Nie masz zarezerwowanego dnia w biurze na "
                + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(java.util.Locale.forLanguageTag("pl-PL")).format(day) + ".");
        assertThat(json.readTree(call(HttpMethod.GET, "agent.ist", "/api/v1/seats?site=IST&date=" + day, null).body())
                .get("booked").asInt()).isEqualTo(before);
    }

    @Test
    void badInputAndRulesAreRefusedNamingTheFieldAndRule() {
        LocalDate day = freeDay(2);
        Response past = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days", "{\"date\":\"2020-01-06\",\"site\":\"IST\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(json.readTree(past.body()).get("field").asString()).isEqualTo("date");
        assertThat(json.readTree(past.body()).get("rule").asString()).isEqualTo("PAST_DATE");

        Response far = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                "{\"date\":\"" + day.plusYears(1) + "\",\"site\":\"IST\"}");
        assertThat(json.readTree(far.body()).get("rule").asString()).isEqualTo("OUTSIDE_WINDOW");

        Response unknown = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days", "{\"date\":\"" + day + "\",\"site\":\"XXX\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("field").asString()).isEqualTo("site");
        assertThat(unknown.body()).contains("XXX");

        Response notTheirs = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days", "{\"date\":\"" + day + "\",\"site\":\"WAW\"}");
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(409);
        assertThat(json.readTree(notTheirs.body()).get("rule").asString()).isEqualTo("OFFICE_NOT_ALLOWED");

        Response homeOnly = call(HttpMethod.POST, "agent.home", "/api/v1/me/office-days", "{\"date\":\"" + day + "\",\"site\":\"IST\"}");
        assertThat(homeOnly.status()).as(homeOnly.body()).isEqualTo(409);
        assertThat(json.readTree(homeOnly.body()).get("rule").asString()).isEqualTo("OFFICE_NOT_ALLOWED");

        assertThat(call(HttpMethod.POST, "planner", "/api/v1/me/office-days", "{\"date\":\"" + day + "\",\"site\":\"IST\"}")
                .status()).as("only agents book").isEqualTo(403);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/seats?site=IST&date=someday", null).status()).isEqualTo(400);
        assertThat(ctx.fetchCount(OFFICE_DAY_BOOKING, OFFICE_DAY_BOOKING.WORK_DATE.eq(day)
                .and(OFFICE_DAY_BOOKING.AGENT_ID.in(agentOf("agent.ist"), agentOf("agent.home"))))).isZero();
    }

    @Test
    void aFullOfficeAnswers409NamingSeatsAndBookingsAndTheWeeklyCapHolds() {
        LocalDate day = freeDay(3);
        long ist = ctx.select(SITE.ID).from(SITE).where(SITE.CODE.eq("IST")).fetchSingle(SITE.ID);
        int seats = ctx.select(SITE.OFFICE_SEATS).from(SITE).where(SITE.ID.eq(ist)).fetchSingle(SITE.OFFICE_SEATS);
        List<Long> others = ctx.select(AGENT.ID).from(AGENT).where(AGENT.HOME_SITE_ID.eq(ist))
                .and(AGENT.ID.ne(agentOf("agent.ist"))).fetch(AGENT.ID);
        ctx.update(SITE).set(SITE.OFFICE_SEATS, 3).where(SITE.ID.eq(ist)).execute();
        ctx.deleteFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.SITE_ID.eq(ist)).and(OFFICE_DAY_BOOKING.WORK_DATE.eq(day))
                .execute();
        try {
            for (long other : others.subList(0, 3)) {
                ctx.insertInto(OFFICE_DAY_BOOKING).set(OFFICE_DAY_BOOKING.AGENT_ID, other)
                        .set(OFFICE_DAY_BOOKING.WORK_DATE, day).set(OFFICE_DAY_BOOKING.SITE_ID, ist).execute();
            }
            Response full = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                    "{\"date\":\"" + day + "\",\"site\":\"IST\"}");
            assertThat(full.status()).as(full.body()).isEqualTo(409);
            JsonNode problem = json.readTree(full.body());
            assertThat(problem.get("rule").asString()).isEqualTo("SEATS_TAKEN");
            assertThat(problem.get("seats").asInt()).isEqualTo(3);
            assertThat(problem.get("booked").asInt()).isEqualTo(3);
            assertThat(problem.get("detail").asString()).startsWith("All 3 seats at Istanbul on ")
                    .endsWith("are booked (3 bookings).");
            // the same refusal in the reader's language, named by the same field and rule
            Response polish = new ApiCalls(port).call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                    "{\"date\":\"" + day + "\",\"site\":\"IST\"}", "pl-PL");
            JsonNode polishProblem = json.readTree(polish.body());
            assertThat(polishProblem.get("rule").asString()).isEqualTo("SEATS_TAKEN");
            assertThat(polishProblem.get("field").asString()).isEqualTo("date");
            assertThat(polishProblem.get("detail").asString())
                    .startsWith("Wszystkie miejsca w lokalizacji Istanbul na ").endsWith("(3 miejsca, 3 rezerwacje).");
        } finally {
            ctx.deleteFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.SITE_ID.eq(ist)).and(OFFICE_DAY_BOOKING.WORK_DATE.eq(day))
                    .and(OFFICE_DAY_BOOKING.AGENT_ID.in(others.subList(0, 3))).execute();
            ctx.update(SITE).set(SITE.OFFICE_SEATS, seats).where(SITE.ID.eq(ist)).execute();
        }

        // the hybrid policy: at most three office days a week per agent
        LocalDate monday = freeDay(0);
        for (int i = 0; i < 3; i++) {
            assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                    "{\"date\":\"" + monday.plusDays(i) + "\",\"site\":\"IST\"}").status()).isIn(200, 201);
        }
        Response fourth = call(HttpMethod.POST, "agent.ist", "/api/v1/me/office-days",
                "{\"date\":\"" + monday.plusDays(4) + "\",\"site\":\"IST\"}");
        assertThat(fourth.status()).as(fourth.body()).isEqualTo(409);
        assertThat(json.readTree(fourth.body()).get("rule").asString()).isEqualTo("POLICY");
    }

    @Test
    void fiveHundredSimultaneousRequestsForTheLastSixtySeatsGiveSixtySuccessesAndNoOversubscription() throws Exception {
        var fixture = fixtures.create("STORMTEST", 100, 540, "Europe/Istanbul");
        LocalDate day = SeatStorm.stormDay(LocalDate.now(ZoneId.of("Europe/Istanbul")));
        try {
            for (long agent : fixture.agentIds().subList(0, 40)) {
                officeDays.bookFor(agent, day, "STORMTEST");
            }
            SeatStorm.Result result = SeatStorm.run(fixture.agentIds().subList(40, 540), 100,
                    agent -> officeDays.bookFor(agent, day, "STORMTEST"), () -> fixtures.booked(fixture.siteId(), day)[0]);
            assertThat(result.errors()).isZero();
            assertThat(result.successes()).isEqualTo(60);
            assertThat(result.refused()).isEqualTo(440);
            assertThat(result.bookedAfter()).isEqualTo(100);
            assertThat(result.oversubscription()).isZero();
            assertThat(fixtures.booked(fixture.siteId(), day)[1]).as("bookings counted one by one").isEqualTo(100);
        } finally {
            fixtures.remove(fixture);
        }
    }
}
