package dev.frontline.selfservice.swaps.api;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.OPEN_SHIFT;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.ROSTER_SHIFT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SHIFT_SWAP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.SwapStatus;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Swaps and open shifts over real HTTP on a published roster of the week after next: proposals refused by field and
 * rule, a swap answered by the colleague, other agents kept out, the planner's list, and 50 simultaneous claims on
 * one open shift of which exactly one succeeds, enforced by PostgreSQL.
 */
@FrontlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwapApiTest {

    private static final LocalDate FIRST = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
    private static final String STORM_PREFIX = "storm.";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    private long version;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    @BeforeAll
    void publishARoster() {
        Response draft = call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + FIRST + "\",\"weeks\":1}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        version = json.readTree(draft.body()).get("id").asLong();
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version + "/solve?config=roster-quick&seconds=3",
                null).status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(call(HttpMethod.GET, "planner", "/api/v1/rosters/" + version, null).body())
                        .get("status").asString().equals("DONE"));
        Response published = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version + "/publish",
                "{\"reason\":\"swap test\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    @AfterAll
    void cleanUp() {
        ctx.deleteFrom(APP_USER).where(APP_USER.USERNAME.startsWith(STORM_PREFIX)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.eq(version)).execute();
    }

    private long agentOf(String username) {
        return ctx.select(APP_USER.AGENT_ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.AGENT_ID);
    }

    private String employee(long agentId) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.ID.eq(agentId)).fetchSingle(AGENT.EMPLOYEE_NUMBER);
    }

    private List<LocalDate> workDays(long agentId) {
        return ctx.select(ROSTER_SHIFT.WORK_DATE).from(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version))
                .and(ROSTER_SHIFT.AGENT_ID.eq(agentId)).orderBy(ROSTER_SHIFT.WORK_DATE).fetch(ROSTER_SHIFT.WORK_DATE);
    }

    /** The agent's login: their own if they have one, else one made with the demo password. */
    private String login(long agentId) {
        // a demo agent may have two logins (a named one and their employee number): either is theirs
        String existing = ctx.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.AGENT_ID.eq(agentId))
                .orderBy(APP_USER.ID).limit(1).fetchOne(APP_USER.USERNAME);
        if (existing != null) {
            return existing;
        }
        String username = STORM_PREFIX + employee(agentId).toLowerCase(Locale.ROOT);
        String hash = ctx.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq("agent.ist"))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        ctx.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.ROLE, AppRole.AGENT).set(APP_USER.DISPLAY_NAME, username).set(APP_USER.AGENT_ID, agentId)
                .onConflictDoNothing().execute();
        return username;
    }

    private static void refused(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void refusalsAreSaidInTheLanguageTheClientAsksFor() {
        String other = employee(ctx.select(AGENT.ID).from(AGENT).where(AGENT.ID.ne(agentOf("agent.ist")))
                .and(AGENT.STATUS.eq(dev.frontline.db.enums.AgentStatus.ACTIVE)).orderBy(AGENT.EMPLOYEE_NUMBER).limit(1)
                .fetchSingle(AGENT.ID));
        String noColleague = "{\"myDate\":\"" + FIRST + "\"}";
        String today = "{\"colleague\":\"" + other + "\",\"myDate\":\"" + LocalDate.now() + "\"}";
        ApiCalls api = new ApiCalls(port);

        Response english = api.call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", noColleague, null);
        refused(english, 400, "colleague");
        assertThat(json.readTree(english.body()).get("detail").asString())
                .isEqualTo("Name the colleague by their employee number.");
        Response turkish = api.call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", noColleague, "tr-TR,tr;q=0.9");
        refused(turkish, 400, "colleague");
        assertThat(json.readTree(turkish.body()).get("detail").asString())
                .isEqualTo("Çalışma arkadaşınızı sicil numarasıyla belirtin.");
        Response polish = api.call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", today, "pl-PL");
        refused(polish, 400, "myDate");
        assertThat(json.readTree(polish.body()).get("rule").asString()).isEqualTo("PAST");
        assertThat(json.readTree(polish.body()).get("detail").asString())
                .endsWith("to nie dzień po dzisiejszym: zamieniać można tylko nadchodzące zmiany.");

        // a language the agent chose in Frontline wins over the client's Accept-Language
        assertThat(api.call(HttpMethod.PUT, "agent.ist", "/api/v1/me/language", "{\"language\":\"tr\"}").status())
                .isEqualTo(200);
        try {
            Response chosen = api.call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", noColleague, "pl-PL");
            assertThat(json.readTree(chosen.body()).get("detail").asString())
                    .isEqualTo("Çalışma arkadaşınızı sicil numarasıyla belirtin.");
        } finally {
            api.call(HttpMethod.PUT, "agent.ist", "/api/v1/me/language", "{\"language\":null}");
        }
    }

    @Test
    void anUnknownSwapOrOpenShiftIsNotFoundInTheLanguageTheClientAsksFor() {
        Response swap = new ApiCalls(port).call(HttpMethod.GET, "agent.ist", "/api/v1/me/swaps/987654321", null, "tr-TR");
        JsonNode problem = swap.problem(404);
        assertThat(problem.get("detail").asString()).isEqualTo("987654321 numaralı vardiya takası yok.");
        assertThat(problem.get("field").asString()).isEqualTo("swapId");
        assertThat(problem.get("rule").asString()).isEqualTo("rest.unknown.swap");

        Response open = new ApiCalls(port).call(HttpMethod.POST, "agent.ist", "/api/v1/me/open-shifts/987654321/claim",
                null, "pl-PL");
        assertThat(open.status()).as(open.body()).isEqualTo(404);
        assertThat(json.readTree(open.body()).get("detail").asString()).isEqualTo("Wolna zmiana 987654321 nie istnieje.");
    }

    @Test
    void aSwapIsCheckedForBothAndOnlyTheAgentsInItSeeOrAnswerIt() {
        long ist = agentOf("agent.ist");
        List<LocalDate> worked = workDays(ist);
        assertThat(worked).isNotEmpty();
        LocalDate myDay = worked.get(0);
        LocalDate freeDay = FIRST.datesUntil(FIRST.plusDays(7)).filter(d -> !worked.contains(d)).findFirst().orElseThrow();
        // a colleague who is off on my day
        long colleague = ctx.select(AGENT.ID).from(AGENT).where(AGENT.ID.ne(ist))
                .and(AGENT.STATUS.eq(dev.frontline.db.enums.AgentStatus.ACTIVE))
                .andNotExists(ctx.selectOne().from(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version))
                        .and(ROSTER_SHIFT.AGENT_ID.eq(AGENT.ID)).and(ROSTER_SHIFT.WORK_DATE.eq(myDay)))
                .orderBy(AGENT.EMPLOYEE_NUMBER).limit(1).fetchSingle(AGENT.ID);
        String colleagueLogin = login(colleague);
        String body = "{\"colleague\":\"" + employee(colleague) + "\",\"myDate\":\"" + myDay + "\"}";

        refused(call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", "{\"colleague\":\"NOBODY-1\",\"myDate\":\"" + myDay + "\"}"),
                400, "colleague");
        refused(call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", "{\"colleague\":\"" + employee(ist) + "\",\"myDate\":\""
                + myDay + "\"}"), 400, "colleague");
        refused(call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", "{\"colleague\":\"" + employee(colleague)
                + "\",\"myDate\":\"" + LocalDate.now() + "\"}"), 400, "myDate");
        Response noShift = call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", "{\"colleague\":\"" + employee(colleague)
                + "\",\"myDate\":\"" + freeDay + "\"}");
        refused(noShift, 400, "myDate");
        assertThat(noShift.body()).contains("\"rule\":\"NO_SHIFT\"");
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/me/swaps", body).status()).isEqualTo(403);

        Response proposed = call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", body);
        if (proposed.status() == 400) {
            // the takeover breaks a rule for the colleague: refused with the rule named, nothing stored
            assertThat(json.readTree(proposed.body()).get("rule").asString()).isNotBlank();
            assertThat(ctx.fetchCount(SHIFT_SWAP, SHIFT_SWAP.REQUESTER_AGENT_ID.eq(ist))).isZero();
            return;
        }
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long swapId = json.readTree(proposed.body()).get("id").asLong();
        assertThat(json.readTree(proposed.body()).get("status").asString()).isEqualTo("PROPOSED");
        refused(call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps", body), 409, "myDate");
        assertThat(ctx.fetchCount(SHIFT_SWAP, SHIFT_SWAP.REQUESTER_AGENT_ID.eq(ist))).isEqualTo(1);

        // a third agent neither sees nor answers it; the requester cannot answer their own proposal
        assertThat(call(HttpMethod.GET, "agent.waw", "/api/v1/me/swaps/" + swapId, null).status()).isEqualTo(403);
        assertThat(call(HttpMethod.POST, "agent.waw", "/api/v1/me/swaps/" + swapId + "/answer", "{\"accept\":true}").status())
                .isEqualTo(403);
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/me/swaps/" + swapId + "/answer", "{\"accept\":true}").status())
                .isEqualTo(403);
        assertThat(ctx.select(SHIFT_SWAP.STATUS).from(SHIFT_SWAP).where(SHIFT_SWAP.ID.eq(swapId)).fetchSingle(SHIFT_SWAP.STATUS))
                .isEqualTo(SwapStatus.PROPOSED);
        assertThat(call(HttpMethod.GET, colleagueLogin, "/api/v1/me/swaps", null).body()).contains("\"id\":" + swapId);

        Response answered = call(HttpMethod.POST, colleagueLogin, "/api/v1/me/swaps/" + swapId + "/answer", "{\"accept\":true}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonNode swap = json.readTree(answered.body());
        String status = swap.get("status").asString();
        assertThat(status).isIn("APPROVED", "PENDING_PLANNER", "REFUSED");
        boolean colleagueWorks = workDays(colleague).contains(myDay);
        assertThat(colleagueWorks).isEqualTo(status.equals("APPROVED"));
        assertThat(workDays(ist).contains(myDay)).isEqualTo(!status.equals("APPROVED"));
        if (status.equals("REFUSED")) {
            assertThat(swap.get("ruleCode").asString()).isNotBlank();
        }
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/swaps/pending", null).status()).isEqualTo(200);
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/swaps/pending", null).status()).isEqualTo(403);
        if (status.equals("PENDING_PLANNER")) {
            refused(call(HttpMethod.POST, "planner", "/api/v1/swaps/" + swapId + "/decision", "{\"approve\":false}"), 400, "reason");
            Response denied = call(HttpMethod.POST, "planner", "/api/v1/swaps/" + swapId + "/decision",
                    "{\"approve\":false,\"reason\":\"Saturday is short already\"}");
            assertThat(json.readTree(denied.body()).get("status").asString()).isEqualTo("REFUSED");
        }
    }

    @Test
    void fiftySimultaneousClaimsOnOneOpenShiftGiveExactlyOneSuccess() throws Exception {
        // a wave of sick calls: a third of Wednesday's shifts leave the published roster, so it has gaps to offer
        // however well the short solve covered the week
        LocalDate wednesday = FIRST.plusDays(2);
        List<Long> atWork = ctx.select(ROSTER_SHIFT.AGENT_ID).from(ROSTER_SHIFT)
                .where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version)).and(ROSTER_SHIFT.WORK_DATE.eq(wednesday))
                .orderBy(ROSTER_SHIFT.AGENT_ID).fetch(ROSTER_SHIFT.AGENT_ID);
        List<Long> sick = java.util.stream.IntStream.range(0, atWork.size()).filter(i -> i % 3 == 0)
                .mapToObj(atWork::get).toList();
        ctx.deleteFrom(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version))
                .and(ROSTER_SHIFT.WORK_DATE.eq(wednesday)).and(ROSTER_SHIFT.AGENT_ID.in(sick)).execute();
        Response generated = call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version + "/open-shifts", null);
        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/rosters/" + version + "/open-shifts", null).status()).isEqualTo(403);
        JsonNode shifts = json.readTree(generated.body());
        assertThat(shifts).as("Wednesday's sick calls leave gaps").isNotEmpty();
        // 50 agents claim at once: first those whose contract, skills, week and rest leave room for the shift, then
        // the rest of the centre (whose claims are refused with the rule named)
        record Worked(LocalDate date, java.time.OffsetDateTime start, int minutes) {
        }
        Map<Long, List<Worked>> shiftsOf = ctx
                .select(ROSTER_SHIFT.AGENT_ID, ROSTER_SHIFT.WORK_DATE, ROSTER_SHIFT.STARTS_AT, ROSTER_SHIFT.LENGTH_MINUTES)
                .from(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version))
                .fetchGroups(r -> r.value1(), r -> new Worked(r.value2(), r.value3(), r.value4()));
        int roomyMinutes = 4800;
        // approved leave: a claim for a day of it is refused for that rule, so such agents are not likely claimers
        record Leave(long agent, LocalDate first, LocalDate last) {
        }
        List<Leave> leave = ctx.select(dev.frontline.db.Tables.TIME_OFF.AGENT_ID, dev.frontline.db.Tables.TIME_OFF.FIRST_DAY,
                        dev.frontline.db.Tables.TIME_OFF.LAST_DAY)
                .from(dev.frontline.db.Tables.TIME_OFF)
                .where(dev.frontline.db.Tables.TIME_OFF.STATUS.eq(dev.frontline.db.enums.RequestStatus.APPROVED))
                .fetch(r -> new Leave(r.value1(), r.value2(), r.value3()));
        // an open shift from the middle of the week on (so the claimers' days before and after are in the roster) that
        // some agents have room for; which shifts a 3-second roster leaves open varies with the day the test runs
        List<JsonNode> ordered = new ArrayList<>();
        shifts.forEach(ordered::add);
        ordered.sort(java.util.Comparator.comparing((JsonNode c) -> LocalDate.parse(c.get("workDate").asString())
                .isBefore(FIRST.plusDays(2))));
        // agents skilled for the open shift's queue, allowed its template, and not on leave that day
        java.util.function.Function<JsonNode, List<Long>> skilledNotOnLeave = candidate -> {
            long id = candidate.get("id").asLong();
            LocalDate onDay = LocalDate.parse(candidate.get("workDate").asString());
            Long template = ctx.select(OPEN_SHIFT.SHIFT_TEMPLATE_ID).from(OPEN_SHIFT).where(OPEN_SHIFT.ID.eq(id))
                    .fetchSingle(OPEN_SHIFT.SHIFT_TEMPLATE_ID);
            String queue = candidate.get("queueCode").asString();
            return ctx.select(AGENT.ID).from(AGENT).join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                    .where(AGENT.STATUS.eq(dev.frontline.db.enums.AgentStatus.ACTIVE))
                    .and(DSL.exists(DSL.selectOne().from(AGENT_SKILL).join(QUEUE).on(QUEUE.SKILL_ID.eq(AGENT_SKILL.SKILL_ID))
                            .where(AGENT_SKILL.AGENT_ID.eq(AGENT.ID)).and(QUEUE.CODE.eq(queue))))
                    .and(DSL.exists(DSL.selectOne().from(dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE)
                            .where(dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID.eq(AGENT.CONTRACT_ID))
                            .and(dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID.eq(template))))
                    .orderBy(AGENT.ID)
                    .fetch(AGENT.ID).stream().filter(agent -> leave.stream().noneMatch(l -> l.agent() == agent
                            && !onDay.isBefore(l.first()) && !onDay.isAfter(l.last()))).toList();
        };
        JsonNode open = ordered.get(0);
        List<Long> likely = List.of();
        for (JsonNode candidate : ordered) {
            long openId = candidate.get("id").asLong();
            LocalDate day = LocalDate.parse(candidate.get("workDate").asString());
            int minutes = candidate.get("lengthMinutes").asInt();
            java.time.OffsetDateTime openStart = java.time.OffsetDateTime.parse(candidate.get("startsAt").asString());
            java.time.OffsetDateTime openEnd = openStart.plusMinutes(minutes);
            List<Long> found = skilledNotOnLeave.apply(candidate).stream().filter(agent -> {
                var mine = shiftsOf.getOrDefault(agent, List.of());
                boolean free = mine.stream().noneMatch(w -> w.date().equals(day));
                int week = mine.stream().mapToInt(Worked::minutes).sum();
                boolean before = mine.stream().filter(w -> w.date().equals(day.minusDays(1)))
                        .allMatch(w -> !w.start().plusMinutes(w.minutes()).plusHours(11).isAfter(openStart));
                boolean after = mine.stream().filter(w -> w.date().equals(day.plusDays(1)))
                        .allMatch(w -> !openEnd.plusHours(11).isAfter(w.start()));
                java.util.Set<LocalDate> worked = mine.stream().map(Worked::date).collect(Collectors.toSet());
                int run = 1;
                for (LocalDate d = day.minusDays(1); worked.contains(d); d = d.minusDays(1)) {
                    run++;
                }
                for (LocalDate d = day.plusDays(1); worked.contains(d); d = d.plusDays(1)) {
                    run++;
                }
                // on the roomy contract below: 11 h rest, at most 6 days in a row, one day off is a run of days off
                return free && before && after && run <= 5 && week + minutes <= roomyMinutes;
            }).limit(10).toList();
            if (!found.isEmpty()) {
                open = candidate;
                likely = found;
                break;
            }
        }
        if (likely.isEmpty()) {
            // a short roster can fill every skilled agent's week around each gap: free three skilled agents the day
            // before, the day of and the day after the first mid-week open shift, so the storm has claimers whose
            // claims every rule allows (which agents had room is the roster's business, not this test's)
            LocalDate onDay = LocalDate.parse(open.get("workDate").asString());
            likely = skilledNotOnLeave.apply(open).stream().limit(3).toList();
            ctx.deleteFrom(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version))
                    .and(ROSTER_SHIFT.AGENT_ID.in(likely))
                    .and(ROSTER_SHIFT.WORK_DATE.between(onDay.minusDays(1), onDay.plusDays(1))).execute();
            likely.forEach(agent -> shiftsOf.computeIfPresent(agent, (a, worked) -> worked.stream()
                    .filter(w -> w.date().isBefore(onDay.minusDays(1)) || w.date().isAfter(onDay.plusDays(1))).toList()));
        }
        long openId = open.get("id").asLong();
        LocalDate day = LocalDate.parse(open.get("workDate").asString());
        assertThat(call(HttpMethod.GET, "agent.ist", "/api/v1/me/open-shifts", null).body()).contains("\"id\":" + openId);
        List<Long> agents = new ArrayList<>(likely);
        // the others: agents at work that day first (refused at once), so the claims that wait for the lock are few
        ctx.select(AGENT.ID).from(AGENT).where(AGENT.STATUS.eq(dev.frontline.db.enums.AgentStatus.ACTIVE))
                .orderBy(AGENT.EMPLOYEE_NUMBER).fetch(AGENT.ID).stream().filter(a -> !agents.contains(a))
                .sorted(java.util.Comparator.comparing((Long a) -> shiftsOf.getOrDefault(a, List.of()).stream()
                        .noneMatch(w -> w.date().equals(day))))
                .limit(Math.max(0, 50 - agents.size())).forEach(agents::add);
        agents.subList(Math.min(50, agents.size()), agents.size()).clear();
        assertThat(likely).as("agents who could take the shift").isNotEmpty();
        assertThat(agents).hasSize(50);
        // the roster fills the demo contracts to their weekly maximum: those agents move to a contract with room for
        // extra hours (every template allowed) for the storm, and back afterwards
        long roomy = ctx.insertInto(CONTRACT).set(CONTRACT.CODE, "STORM-ROOM").set(CONTRACT.NAME, "Room for extra hours")
                .set(CONTRACT.MIN_MINUTES_PER_WEEK, 0).set(CONTRACT.MAX_MINUTES_PER_WEEK, roomyMinutes)
                .returning(CONTRACT.ID).fetchSingle(CONTRACT.ID);
        ctx.insertInto(dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE, dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID,
                        dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID)
                .select(DSL.selectDistinct(DSL.inline(roomy), dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID)
                        .from(dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE))
                .execute();
        Map<Long, Long> contractOf = ctx.select(AGENT.ID, AGENT.CONTRACT_ID).from(AGENT).where(AGENT.ID.in(likely))
                .fetchMap(AGENT.ID, AGENT.CONTRACT_ID);
        ctx.update(AGENT).set(AGENT.CONTRACT_ID, roomy).where(AGENT.ID.in(likely)).execute();
        try {
            storm(openId, day, agents);
        } finally {
            contractOf.forEach((agent, contract) -> ctx.update(AGENT).set(AGENT.CONTRACT_ID, contract)
                    .where(AGENT.ID.eq(agent)).execute());
            ctx.deleteFrom(CONTRACT).where(CONTRACT.ID.eq(roomy)).execute();
        }
    }

    /** 50 claims at once on the open shift: exactly one succeeds, and the roster holds exactly that one more shift. */
    private void storm(long openId, LocalDate day, List<Long> agents) throws Exception {
        List<String> logins = agents.stream().map(this::login).toList();
        int atWorkBefore = ctx.fetchCount(ROSTER_SHIFT, ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version)
                .and(ROSTER_SHIFT.WORK_DATE.eq(day)).and(ROSTER_SHIFT.AGENT_ID.in(agents)));

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (String login : logins) {
            answers.add(pool.submit(() -> {
                start.await();
                return call(HttpMethod.POST, login, "/api/v1/me/open-shifts/" + openId + "/claim", null);
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get(5, java.util.concurrent.TimeUnit.MINUTES));
        }
        pool.shutdown();
        Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
        assertThat(byStatus.get(200)).as(byStatus + " " + responses.stream().filter(r -> r.status() != 200).limit(3)
                .map(Response::body).toList()).isEqualTo(1L);
        assertThat(byStatus.keySet()).as("only a success, taken (409) or a named rule (400)").isSubsetOf(200, 409, 400);
        responses.stream().filter(r -> r.status() != 200).forEach(r -> assertThat(r.body()).contains("\"rule\""));

        Long winner = ctx.select(OPEN_SHIFT.CLAIMED_BY_AGENT_ID).from(OPEN_SHIFT).where(OPEN_SHIFT.ID.eq(openId))
                .fetchSingle(OPEN_SHIFT.CLAIMED_BY_AGENT_ID);
        assertThat(winner).isIn(agents);
        // exactly one more of the claimers works that day: the winner
        assertThat(ctx.fetchCount(ROSTER_SHIFT, ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version).and(ROSTER_SHIFT.WORK_DATE.eq(day))
                .and(ROSTER_SHIFT.AGENT_ID.in(agents)))).isEqualTo(atWorkBefore + 1);
        assertThat(ctx.fetchExists(ROSTER_SHIFT, ROSTER_SHIFT.ROSTER_VERSION_ID.eq(version).and(ROSTER_SHIFT.WORK_DATE.eq(day))
                .and(ROSTER_SHIFT.AGENT_ID.eq(winner)))).isTrue();
        refused(call(HttpMethod.POST, "agent.ist", "/api/v1/me/open-shifts/" + openId + "/claim", null), 409, "openShiftId");
    }
}
