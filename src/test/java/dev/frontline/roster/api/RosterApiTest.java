package dev.frontline.roster.api;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY;
import static dev.frontline.db.Tables.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The roster loop over real HTTP: a draft, a solve queued as a job and read back, bad requests and other roles. */
@FrontlineIntegrationTest
class RosterApiTest {

    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;
    @Autowired
    AuditTrail audit;
    @Autowired
    RosterScenarioRepository scenarios;

    @Test
    void aPlannerCreatesADraftSolvesItAsAJobAndReadsTheResult() {
        Response created = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"" + MONDAY + "\",\"weeks\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode draft = json.readTree(created.body());
        long id = draft.get("id").asLong();
        assertThat(draft.get("firstDay").asString()).isEqualTo(MONDAY.toString());
        assertThat(draft.get("lastDay").asString()).isEqualTo(MONDAY.plusDays(6).toString());
        assertThat(draft.get("status").asString()).isEqualTo("NOT_SOLVED");

        Response queued = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?config=roster-quick&seconds=3", null);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        assertThat(json.readTree(queued.body()).get("status").asString()).isIn("QUEUED", "SOLVING");

        Response twice = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?seconds=3", null);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.contentType()).isEqualTo("application/problem+json");
        assertThat(twice.body()).contains("already being solved");

        JsonNode done = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id, null).body()),
                        roster -> roster.get("status").asString().equals("DONE"));
        assertThat(done.get("hard").isNull()).isFalse();
        assertThat(done.get("undercoverage").asDouble()).isBetween(0.0, 100.0);
        assertThat(done.get("job").get("attempts").asInt()).isEqualTo(1);
        assertThat(done.get("job").get("requestedBy").asString()).isEqualTo("planner");
        assertThat(done.get("bestScoreSoFar").asString()).matches("-?\\d+hard/-?\\d+soft");
        // under-coverage after breaks, and the versions the roster was built from
        assertThat(done.get("undercoverageAfterBreaks").asDouble()).isGreaterThanOrEqualTo(done.get("undercoverage").asDouble());
        // rounded to two decimals, as undercoverage is
        double afterBreaks = done.get("undercoverageAfterBreaks").asDouble();
        assertThat(Math.round(afterBreaks * 100) / 100.0).isEqualTo(afterBreaks);
        // the LP bound after breaks arrives once computed in the background: no roster does better than it
        JsonNode bounded = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id, null).body()),
                        roster -> !roster.get("lowerBoundAfterBreaks").isNull());
        assertThat(bounded.get("lowerBoundAfterBreaks").asDouble()).isBetween(0.0, afterBreaks + 0.01);
        assertThat(done.get("brokenHardRules").asInt() == 0).isEqualTo(done.get("hard").asLong() == 0);
        assertThat(done.get("forecastVersions").size()).isEqualTo(6);
        assertThat(done.get("requirementVersions").size()).isEqualTo(6);
        assertThat(done.get("versionsUsed").get(0).get("queue").asString()).isNotBlank();

        Response shifts = call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/shifts", null);
        assertThat(shifts.status()).isEqualTo(200);
        JsonNode first = json.readTree(shifts.body()).get(0);
        assertThat(first.get("agent").asString()).isNotBlank();
        assertThat(LocalDate.parse(first.get("date").asString())).isBetween(MONDAY, MONDAY.plusDays(6));
        assertThat(first.get("breaks").size()).isPositive();
        assertThat(first.get("breaks").get(0).get("kind").asString()).isIn("BREAK", "LUNCH");
    }

    @Test
    void brokenHardRulesArePublishedOnlyWithAReasonKeptInTheAuditTrail() {
        // an agent with a weekly minimum is available only 00:00-01:00: no roster can keep the minimum
        var agent = ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER).from(AGENT).join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .where(CONTRACT.MIN_MINUTES_PER_WEEK.gt(0)).and(AGENT.STATUS.eq(dev.frontline.db.enums.AgentStatus.ACTIVE))
                .orderBy(AGENT.ID).limit(1).fetchSingle();
        var saved = ctx.selectFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agent.value1())).fetch();
        ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agent.value1())).execute();
        try {
            for (short weekday = 1; weekday <= 7; weekday++) {
                ctx.insertInto(AGENT_AVAILABILITY).set(AGENT_AVAILABILITY.AGENT_ID, agent.value1())
                        .set(AGENT_AVAILABILITY.WEEKDAY, weekday).set(AGENT_AVAILABILITY.AVAILABLE_FROM, LocalTime.MIDNIGHT)
                        .set(AGENT_AVAILABILITY.AVAILABLE_TO, LocalTime.of(1, 0)).execute();
            }
            LocalDate monday = MONDAY.plusWeeks(3);
            Response created = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                    "{\"firstDay\":\"" + monday + "\",\"weeks\":1}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode draft = json.readTree(created.body());
            long id = draft.get("id").asLong();
            // the impossible rule is named in the draft response, before any solving
            assertThat(draft.get("impossibilities")).anySatisfy(w -> {
                assertThat(w.get("rule").asString()).isEqualTo("WEEKLY_MINUTES");
                assertThat(w.get("agent").asString()).isEqualTo(agent.value2());
                assertThat(w.get("weekStart").asString()).isEqualTo(monday.toString());
                assertThat(w.get("message").asString()).contains("week of Mon " + monday.getDayOfMonth());
            });

            Response unsolved = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/publish", null);
            assertThat(unsolved.status()).isEqualTo(422);
            assertThat(unsolved.body()).contains("solve it before publishing");

            Response queued = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?config=roster-quick&seconds=2", null);
            assertThat(queued.status()).as(queued.body()).isEqualTo(202);
            assertThat(json.readTree(queued.body()).get("impossibilities").size()).isPositive();
            JsonNode done = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id, null).body()),
                            roster -> roster.get("status").asString().equals("DONE"));
            assertThat(done.get("hard").asLong()).isNegative();
            assertThat(done.get("brokenHardRules").asInt()).isPositive();

            // the Explanation tab over REST: the broken rules with the agent, the date and why, in the reader's language
            Response explained = new ApiCalls(port).call(HttpMethod.GET, "planner",
                    "/api/v1/rosters/" + id + "/explanation?hardOnly=true", null, "pl-PL");
            assertThat(explained.status()).as(explained.body()).isEqualTo(200);
            JsonNode why = json.readTree(explained.body());
            assertThat(why.get("feasible").asBoolean()).isFalse();
            assertThat(why.get("brokenHardRules").asInt()).isPositive();
            assertThat(why.get("reasons")).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("hard").asBoolean()).isTrue();
                assertThat(r.get("text").asString()).isNotBlank().doesNotContain("roster.why")
                        .doesNotContainPattern("\\b(day|week) \\d");
            });
            assertThat(why.get("reasons")).anySatisfy(r -> {
                assertThat(r.get("employeeNumber").asString()).isEqualTo(agent.value2());
                assertThat(r.get("agent").asString()).isNotEqualTo(agent.value2());
            });
            assertThat(why.get("rules")).anySatisfy(r -> assertThat(r.get("hard").asBoolean()).isTrue());
            String firstRule = why.get("reasons").get(0).get("rule").asString();
            JsonNode oneRule = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/explanation?rule="
                    + java.net.URLEncoder.encode(firstRule, java.nio.charset.StandardCharsets.UTF_8) + "&limit=1", null).body());
            assertThat(oneRule.get("reasons")).hasSize(1);
            assertThat(oneRule.get("reasons").get(0).get("rule").asString()).isEqualTo(firstRule);
            assertThat(oneRule.get("reasonCount").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(field(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/explanation?limit=0", null), 422))
                    .isEqualTo("limit");
            assertThat(field(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + id + "/explanation?rule=Nope", null), 422))
                    .isEqualTo("rule");

            Response noReason = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/publish", "{\"reason\":\" \"}");
            assertThat(noReason.status()).isEqualTo(422);
            assertThat(noReason.contentType()).isEqualTo("application/problem+json");
            assertThat(json.readTree(noReason.body()).get("field").asString()).isEqualTo("reason");
            Response published = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/publish",
                    "{\"reason\":\"agreed with the team lead\"}");
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            assertThat(json.readTree(published.body()).get("versionStatus").asString()).isEqualTo("PUBLISHED");
            assertThat(audit.latest("roster_version", String.valueOf(id)).orElseThrow().details())
                    .contains("with reason: agreed with the team lead");
        } finally {
            ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agent.value1())).execute();
            saved.forEach(r -> ctx.insertInto(AGENT_AVAILABILITY).set(r).execute());
        }
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        Response noWeeks = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + MONDAY + "\"}");
        assertThat(noWeeks.status()).isEqualTo(400);
        assertThat(noWeeks.contentType()).isEqualTo("application/problem+json");
        assertThat(noWeeks.body()).contains("weeks");
        Response notADate = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"31.12.2026\",\"weeks\":1}");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body()).contains("firstDay");
        Response impossibleDate = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"2027-02-30\",\"weeks\":1}");
        assertThat(impossibleDate.status()).isEqualTo(400);
        assertThat(impossibleDate.contentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(impossibleDate.body()).get("field").asString()).isEqualTo("firstDay");
        Response tuesday = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"" + MONDAY.plusDays(1) + "\",\"weeks\":1}");
        assertThat(tuesday.status()).isEqualTo(422);
        assertThat(json.readTree(tuesday.body()).get("field").asString()).isEqualTo("period");

        // weeks without requirements: the queues and the days missing are named
        LocalDate farAway = MONDAY.plusYears(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Response noRequirements = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"" + farAway + "\",\"weeks\":2}");
        assertThat(noRequirements.status()).isEqualTo(422);
        assertThat(noRequirements.contentType()).isEqualTo("application/problem+json");
        // in British English (no Accept-Language), the queue by its name and the days as the reader writes dates
        java.time.format.DateTimeFormatter british = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.UK);
        assertThat(noRequirements.body()).contains("No requirements for ").contains("Billing – Turkish – voice on ")
                .contains(farAway.format(british) + " – " + farAway.plusDays(13).format(british));
        Response unknownShifts = call(HttpMethod.GET, "planner", "/api/v1/rosters/987654321/shifts", null);
        assertThat(unknownShifts.status()).isEqualTo(404);

        Response unknown = call(HttpMethod.GET, "planner", "/api/v1/rosters/987654321", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).contains("987654321");

        Response created = call(HttpMethod.POST, "planner", "/api/v1/rosters",
                "{\"firstDay\":\"" + MONDAY.plusWeeks(1) + "\",\"weeks\":1}");
        long id = json.readTree(created.body()).get("id").asLong();
        // a planner's change of one agent-day names the field at fault: agent, shift, site or date
        var agent = scenarios.load("test", MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6)).build().getAgents().get(0);
        String day = MONDAY.plusWeeks(1).toString();
        String shift = agent.shiftTypes().get(0).id();
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/rosters/" + id + "/shifts/NOBODY/" + day,
                "{\"shift\":\"" + shift + "\"}"), 422)).isEqualTo("agent");
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/rosters/" + id + "/shifts/" + agent.id() + "/" + day,
                "{\"shift\":\"NO-SUCH-SHIFT\"}"), 422)).isEqualTo("shift");
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/rosters/" + id + "/shifts/" + agent.id() + "/" + day,
                "{\"shift\":\"" + shift + "\",\"site\":\"NOWHERE\"}"), 422)).isEqualTo("site");
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/rosters/" + id + "/shifts/" + agent.id() + "/"
                + MONDAY.plusWeeks(5), "{\"shift\":\"" + shift + "\"}"), 422)).isEqualTo("date");
        assertThat(field(call(HttpMethod.PUT, "planner", "/api/v1/rosters/" + id + "/shifts/" + agent.id() + "/2027-02-30",
                "{\"shift\":\"" + shift + "\"}"), 400)).isEqualTo("date");
        Response checked = call(HttpMethod.PUT, "planner", "/api/v1/rosters/" + id + "/shifts/" + agent.id() + "/" + day
                + "?check=true", "{\"shift\":\"" + shift + "\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(json.readTree(checked.body()).get("saved").asBoolean()).isFalse();
        assertThat(json.readTree(checked.body()).get("scoreAfter").asString()).matches("-?\\d+hard/-?\\d+soft");

        Response badConfig = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + id + "/solve?config=roster-fastest", null);
        assertThat(badConfig.status()).isEqualTo(422);
        assertThat(badConfig.body()).contains("roster-fastest").contains("roster-default");
    }

    @Test
    void onlyPlannersReachTheRosterApi() {
        for (String user : List.of("hr.lead", "agent.ist")) {
            Response refused = call(HttpMethod.POST, user, "/api/v1/rosters", "{\"firstDay\":\"" + MONDAY + "\",\"weeks\":1}");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters/1", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters/1/shifts", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.GET, user, "/api/v1/rosters/1/explanation", null).status()).as(user).isEqualTo(403);
            Response publish = call(HttpMethod.POST, user, "/api/v1/rosters/1/publish", "{\"reason\":\"x\"}");
            assertThat(publish.status()).as(user).isEqualTo(403);
            assertThat(publish.contentType()).isEqualTo("application/problem+json");
            assertThat(call(HttpMethod.POST, user, "/api/v1/rosters/1/solve", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.POST, user, "/api/v1/rosters/1/stop", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.PUT, user, "/api/v1/rosters/1/shifts/X/2027-01-04", "{}").status()).as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void theOpenApiDescriptionDocumentsThePlanningLoop() {
        Response docs = call(HttpMethod.GET, "planner", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        for (String path : List.of("/api/v1/forecast-versions", "/api/v1/forecast-versions/{id}",
                "/api/v1/forecast-versions/jobs/{jobId}", "/api/v1/requirement-versions", "/api/v1/requirement-versions/{id}",
                "/api/v1/rosters", "/api/v1/rosters/{id}", "/api/v1/rosters/{id}/shifts", "/api/v1/rosters/{id}/solve",
                "/api/v1/rosters/{id}/stop", "/api/v1/rosters/{id}/publish", "/api/v1/rosters/{id}/shifts/{agent}/{date}",
                "/api/v1/rosters/{id}/explanation")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode publish = paths.get("/api/v1/rosters/{id}/publish").get("post");
        assertThat(publish.get("summary").asString()).isNotBlank();
        assertThat(publish.get("responses").get("422").get("content").has("application/problem+json")).isTrue();
        assertThat(paths.get("/api/v1/forecast-versions").get("post").get("responses").has("202")).isTrue();
    }

    /** The problem's {@code field}, after checking the status and that the answer is a problem detail. */
    private String field(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        return json.readTree(response.body()).get("field").asString();
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }
}
