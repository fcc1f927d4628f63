package dev.frontline.roster.service;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.TIME_OFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.db.enums.RequestStatus;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.security.FrontlineUser;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The roster product layer on the demo centre: load, solve, save, reload, pins, publish, repair, roles. */
@FrontlineIntegrationTest
class RosterServiceTest {

    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Autowired
    RosterService rosters;
    @Autowired
    RosterJobs jobs;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;
    @Autowired
    dev.frontline.shared.audit.AuditTrail audit;

    private final List<Long> versions = new ArrayList<>();
    private final List<Long> timeOffs = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ctx.update(ROSTER_VERSION).setNull(ROSTER_VERSION.BASED_ON_ID).where(ROSTER_VERSION.ID.in(versions)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(versions)).execute();
        ctx.deleteFrom(TIME_OFF).where(TIME_OFF.ID.in(timeOffs)).execute();
        SecurityContextHolder.clearContext();
    }

    static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private RosterVersionSummary solvedDraft(String name, int seconds) {
        RosterVersionSummary draft = rosters.createDraft(name, MONDAY, SUNDAY);
        versions.add(draft.id());
        solve(draft.id(), seconds);
        return rosters.version(draft.id());
    }

    private RosterJobs.Status solve(long versionId, int seconds) {
        jobs.solve(versionId, RosterSolver.QUICK, Duration.ofSeconds(seconds));
        // the job runs on a scheduler thread as the same planner; the test thread keeps its own sign-in for status()
        return Awaitility.await("the solver job of version " + versionId).atMost(Duration.ofSeconds(seconds + 60L))
                .pollInSameThread().pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.status(versionId).orElseThrow(), status -> !status.running());
    }

    @Test
    void loadsTheDemoCentreWithShiftsRequirementsAndWishes() {
        signIn(users, "planner");
        Roster roster = rosters.scenario(MONDAY, SUNDAY).build();

        assertThat(roster.getAgents()).hasSizeGreaterThan(100);
        assertThat(roster.getShiftTypes()).isNotEmpty();
        // requirements exist for the open hours of each of the six queues (email around the clock)
        assertThat(roster.getQueues()).hasSize(6);
        assertThat(roster.getIntervalDemands()).hasSizeGreaterThan(7 * 96).hasSizeLessThanOrEqualTo(6 * 7 * 96);
        assertThat(roster.getIntervalDemands()).anyMatch(d -> d.requiredMilli() > 0);
        assertThat(roster.getAgents()).allMatch(a -> !a.shiftTypes().isEmpty());
        assertThat(roster.getShiftTypes()).anyMatch(s -> !s.cannotBeFollowedBy().isEmpty());
        assertThat(roster.getShiftTypes()).allMatch(s -> s.breakRule().breakCount() > 0);
        // preferred starts, the contracts' night window (22:00-06:00 by default) and caps per template
        assertThat(roster.getStartPreferences()).isNotEmpty()
                .allMatch(p -> roster.getShiftRequests().stream().anyMatch(r -> r.agent().equals(p.agent())
                        && r.day() == p.day() && r.wantsToWork()));
        assertThat(roster.getAgents()).allMatch(a -> a.contract().nightStartMinute() == 22 * 60
                && a.contract().nightEndMinute() == 6 * 60);
        assertThat(roster.getAgents()).filteredOn(a -> a.contract().id().startsWith("PT20"))
                .isNotEmpty().allMatch(a -> a.contract().maxNightShiftsPerWeek() == 1);
        assertThat(roster.getShiftTypes()).allMatch(s -> s.id().startsWith(s.group() + "-"));
        // FT40 may work the EVENING template 8 times in 4 weeks: 2 in this week, over all its starts together
        assertThat(roster.getAgents()).filteredOn(a -> a.contract().id().startsWith("FT40")).isNotEmpty()
                .allMatch(a -> a.contract().maxNightShiftsPerWeek() == 3)
                .allSatisfy(a -> {
                    assertThat(a.maxShiftsOfGroup("EVENING")).isEqualTo(2);
                    assertThat(a.shiftTypes().stream().filter(s -> s.group().equals("EVENING"))).hasSizeGreaterThan(1);
                    // the night team for the email queue worked around the clock: 6 in 4 weeks, 2 in this week
                    assertThat(a.maxShiftsOfGroup("NIGHT")).isEqualTo(2);
                    assertThat(a.shiftTypes()).anyMatch(s -> s.group().equals("NIGHT") && s.endMinute() == 31 * 60);
                });
    }

    @Test
    void recommendationsScoreEachShiftAgainstTheFreeDay() {
        signIn(users, "planner");
        RosterVersionSummary draft = rosters.createDraft("recommend", MONDAY, SUNDAY);
        versions.add(draft.id());
        var agent = rosters.load(draft.id()).roster().getAgents().stream()
                .filter(a -> a.locations().size() == 1 && !a.skills().isEmpty()).findFirst().orElseThrow();

        List<Recommendation> recommendations = rosters.recommend(draft.id(), agent.id(), MONDAY);

        assertThat(recommendations).isNotEmpty().hasSizeLessThanOrEqualTo(8)
                .allMatch(r -> agent.shiftTypes().stream().anyMatch(s -> s.id().equals(r.shiftTypeId())))
                .isSortedAccordingTo(java.util.Comparator.comparing(Recommendation::scoreChange).reversed());
        // the day is free in the empty draft: what the rule check says the best shift changes is the same number
        Recommendation best = recommendations.get(0);
        EditCheck check = rosters.checkEdit(draft.id(), agent.id(), MONDAY, best.shiftTypeId(), null);
        assertThat(check.after().subtract(check.before())).isEqualTo(best.scoreChange());
    }

    @Test
    void aPeriodThatIsNotWholeWeeksOrHasNoRequirementsIsRefusedWithTheReason() {
        signIn(users, "planner");
        assertThatThrownBy(() -> rosters.scenario(MONDAY.plusDays(1), SUNDAY)).isInstanceOf(RosterInputException.class)
                .hasMessageContaining("from a Monday");
        LocalDate farMonday = MONDAY.plusWeeks(20);
        assertThatThrownBy(() -> rosters.createDraft("far", farMonday, farMonday.plusDays(6)))
                .isInstanceOf(RosterInputException.class).hasMessageContaining("Billing")
                .hasMessageContaining("Forecast screen");
    }

    @Test
    void theProgressCurveStartsAtTheFirstRosterNotAtTheEmptyDraft() {
        signIn(users, "planner");
        RosterVersionSummary draft = rosters.createDraft("curve", MONDAY, SUNDAY);
        versions.add(draft.id());
        HardSoftLongScore emptyDraft = new RosterExplainer().score(rosters.load(draft.id()).roster());

        RosterJobs.Status solved = solve(draft.id(), 3);

        // the empty draft's score would set the chart's scale and flatten the search under it
        assertThat(solved.progress()).isNotEmpty();
        assertThat(solved.progress().get(0).score()).isGreaterThan(emptyDraft);
        assertThat(solved.progress()).extracting(RosterJobs.Point::score).isSorted();
    }

    @Test
    void solvedRosterIsSavedReloadedAndResolvedWithPinnedShiftsUnchanged() {
        signIn(users, "planner");
        RosterVersionSummary solved = solvedDraft("pins", 4);
        assertThat(solved.score()).isNotNull();
        assertThat(solved.solvingSeconds()).isNotNull();
        assertThat(solved.undercoveragePercent()).isNotNull();
        List<StoredShift> shifts = rosters.shifts(solved.id());
        assertThat(shifts).isNotEmpty();
        assertThat(rosters.activities(solved.id())).isNotEmpty();

        // reloading gives the same score as saved
        LoadedRoster loaded = rosters.load(solved.id());
        assertThat(loaded.roster().getScore().toString()).isEqualTo(solved.score());

        // a planner fixes a few shifts by hand: they are pinned
        List<StoredShift> edited = shifts.stream().filter(s -> s.workDate().equals(MONDAY.plusDays(2))).limit(3).toList();
        for (StoredShift s : edited) {
            rosters.saveEdit(solved.id(), s.employeeNumber(), s.workDate(), s.shiftCode(), s.siteCode());
        }
        Map<String, StoredShift> pinned = pinned(solved.id());
        assertThat(pinned).hasSize(3);

        RosterJobs.Status resolved = solve(solved.id(), 3);
        assertThat(resolved.error()).isNull();
        assertThat(resolved.progress()).isNotEmpty();
        Map<String, StoredShift> after = pinned(solved.id());
        assertThat(after.keySet()).isEqualTo(pinned.keySet());
        after.forEach((key, s) -> {
            StoredShift before = pinned.get(key);
            assertThat(s.shiftCode()).isEqualTo(before.shiftCode());
            assertThat(s.startsAt().toInstant()).isEqualTo(before.startsAt().toInstant());
            assertThat(s.siteCode()).isEqualTo(before.siteCode());
        });
    }

    @Test
    void eachShiftKeepsItsBreakBucketThroughSaveAndReload() {
        signIn(users, "planner");
        RosterVersionSummary solved = solvedDraft("buckets", 4);
        List<StoredShift> shifts = rosters.shifts(solved.id());
        assertThat(shifts).isNotEmpty().allMatch(s -> s.breakBucket() != null);
        // the search chose some buckets other than the hash a reload without them would give
        Map<String, Integer> hashed = new java.util.HashMap<>();
        rosters.scenario(MONDAY, SUNDAY).build().getAgentDays()
                .forEach(d -> hashed.put(d.getAgent().id() + "#" + d.getDate(), d.getBreakBucket()));
        assertThat(shifts).anyMatch(s -> !s.breakBucket().equals(hashed.get(s.employeeNumber() + "#" + s.workDate())));

        LoadedRoster loaded = rosters.load(solved.id());
        Map<String, Integer> stored = shifts.stream().collect(Collectors.toMap(
                s -> s.employeeNumber() + "#" + s.workDate(), StoredShift::breakBucket));
        loaded.roster().getAgentDays().stream().filter(d -> d.isWorking()).forEach(d -> assertThat(d.getBreakBucket())
                .as(d.getId()).isEqualTo(stored.get(d.getAgent().id() + "#" + d.getDate())));
        // so the reloaded roster's breaks are the stored ones, and its score the saved one
        assertThat(loaded.roster().getAgentDays().stream().mapToInt(d -> d.getBreaks().size()).sum())
                .isEqualTo(rosters.activities(solved.id()).size());
        Set<String> storedBreaks = rosters.activities(solved.id()).stream()
                .map(a -> a.agentId() + "@" + a.startsAt().toInstant() + "+" + a.minutes()).collect(Collectors.toSet());
        Map<String, Long> agentIds = loaded.scenario().agentIds();
        assertThat(loaded.roster().getAgentDays().stream().flatMap(d -> d.getBreaks().stream())
                .map(b -> agentIds.get(b.agentId()) + "@" + loaded.scenario().instant(0, b.startMinute()).toInstant()
                        + "+" + b.minutes())
                .collect(Collectors.toSet())).isEqualTo(storedBreaks);
        assertThat(loaded.roster().getScore().toString()).isEqualTo(solved.score());
    }

    private Map<String, StoredShift> pinned(long versionId) {
        return rosters.shifts(versionId).stream().filter(StoredShift::pinned)
                .collect(Collectors.toMap(s -> s.employeeNumber() + "#" + s.workDate(), Function.identity()));
    }

    @Test
    void rulesThatCannotAllHoldGiveARosterWithTheBrokenRulesNamed() {
        signIn(users, "planner");
        // a full-time agent only available 00:00-01:00: no shift fits, so the weekly minimum cannot hold
        var agent = ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER).from(AGENT)
                .where(AGENT.EMPLOYEE_NUMBER.in(rosters.scenario(MONDAY, SUNDAY).build().getAgents().stream()
                        .filter(a -> a.contract().minMinutesPerWeek() > 0).map(a -> a.id()).toList()))
                .orderBy(AGENT.ID).limit(1).fetchSingle();
        var saved = ctx.selectFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agent.value1())).fetch();
        ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agent.value1())).execute();
        try {
            for (short weekday = 1; weekday <= 7; weekday++) {
                ctx.insertInto(AGENT_AVAILABILITY).set(AGENT_AVAILABILITY.AGENT_ID, agent.value1())
                        .set(AGENT_AVAILABILITY.WEEKDAY, weekday).set(AGENT_AVAILABILITY.AVAILABLE_FROM, LocalTime.MIDNIGHT)
                        .set(AGENT_AVAILABILITY.AVAILABLE_TO, LocalTime.of(1, 0)).execute();
            }
            RosterVersionSummary solved = solvedDraft("infeasible", 3);

            assertThat(solved.feasible()).isFalse();
            assertThat(rosters.shifts(solved.id())).isNotEmpty();
            RosterExplanation explanation = rosters.explain(solved.id());
            assertThat(explanation.hardBreaches()).isNotEmpty();
            assertThat(explanation.hardBreaches()).anyMatch(b -> b.why().description().contains(agent.value2())
                    && (b.constraint().equals(RosterConstraints.MIN_MINUTES_PER_WEEK)
                            || b.constraint().equals(RosterConstraints.AVAILABILITY)));
            assertThat(explanation.constraints()).anyMatch(c -> c.constraint().equals(RosterConstraints.INTERVAL_UNDER_COVERAGE));

            // said when the problem is loaded, before any solving: the agent, the week as a date, the rule
            RosterInsight insight = rosters.insight(solved.id());
            assertThat(insight.impossibilities()).anySatisfy(i -> {
                assertThat(i.rule()).isEqualTo(Impossibility.Rule.WEEKLY_MINUTES);
                assertThat(i.agentId()).isEqualTo(agent.value2());
                assertThat(i.weekStart()).isEqualTo(MONDAY);
                assertThat(i.available()).isZero();
                assertThat(i.describe()).contains(agent.value2()).contains("week of Mon " + MONDAY.getDayOfMonth() + " ")
                        .contains("at least");
            });
            assertThat(insight.brokenHardRules()).isPositive();
            assertThat(insight.undercoverageAfterBreaksPercent()).isGreaterThanOrEqualTo(insight.undercoveragePercent());
            assertThat(insight.versionsUsed()).hasSize(6);

            // broken hard rules are published only with a reason, which the audit trail keeps
            assertThatThrownBy(() -> rosters.publish(solved.id(), "  ")).isInstanceOf(RosterInputException.class)
                    .hasMessageStartingWith("reason:").hasMessageContaining("hard rule");
            assertThat(rosters.version(solved.id()).status()).isEqualTo(RosterStatus.DRAFT);
            rosters.publish(solved.id(), "agent on leave is being replaced by hand");
            assertThat(audit.latest("roster_version", String.valueOf(solved.id())).orElseThrow().details())
                    .contains("with reason: agent on leave is being replaced by hand");
            assertThat(audit.latest("roster_version", String.valueOf(solved.id())).orElseThrow().actor()).isEqualTo("planner");
        } finally {
            ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agent.value1())).execute();
            saved.forEach(r -> ctx.insertInto(AGENT_AVAILABILITY).set(r).execute());
        }
    }

    @Test
    void publishingArchivesTheEarlierRosterAndRepairKeepsPublishedShiftsExceptWhereTimeOffNowFalls() {
        signIn(users, "planner");
        RosterVersionSummary first = solvedDraft("first", 3);
        // a 3-second solve may leave a hard rule broken, which is published only with a reason
        RosterVersionSummary published = rosters.publish(first.id(), "test roster");
        assertThat(published.status()).isEqualTo(RosterStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("planner");
        assertThatThrownBy(() -> rosters.saveEdit(first.id(), "X", MONDAY, null, null))
                .isInstanceOf(RosterInputException.class).hasMessageContaining("only a draft");

        // even a 3-second solve breaks no day rule (no move puts a shift on leave or outside availability): the repair
        // below frees only the agent whose absence is new
        assertThat(rosters.explain(first.id()).hardBreaches()).extracting(RosterExplanation.Breach::constraint)
                .doesNotContain(RosterConstraints.TIME_OFF, RosterConstraints.AVAILABILITY,
                        RosterConstraints.ALLOWED_SHIFT_TYPES);
        Set<String> freed = new HashSet<>();

        // an absence is approved on a day an agent works
        StoredShift hit = rosters.shifts(first.id()).stream().filter(s -> s.workDate().equals(MONDAY.plusDays(3)))
                .findFirst().orElseThrow();
        timeOffs.add(ctx.insertInto(TIME_OFF).set(TIME_OFF.AGENT_ID, hit.agentId()).set(TIME_OFF.FIRST_DAY, hit.workDate())
                .set(TIME_OFF.LAST_DAY, hit.workDate()).set(TIME_OFF.KIND, "SICK").set(TIME_OFF.STATUS, RequestStatus.APPROVED)
                .set(TIME_OFF.DECIDED_AT, OffsetDateTime.now()).set(TIME_OFF.DECIDED_BY, "planner")
                .returning(TIME_OFF.ID).fetchSingle(TIME_OFF.ID));

        RepairResult repair = rosters.repair(first.id(), false, 10);
        versions.add(repair.draft().id());
        assertThat(repair.draft().basedOnId()).isEqualTo(first.id());
        // the agent's week is freed (one week here), everybody else's stays pinned
        freed.add(hit.employeeNumber());
        assertThat(repair.unpinnedAgentDays()).isEqualTo(7 * freed.size());
        // the repair drops the shift on the new day off at once, before any search
        assertThat(rosters.shifts(repair.draft().id()))
                .noneMatch(s -> s.agentId() == hit.agentId() && s.workDate().equals(hit.workDate()));
        solve(repair.draft().id(), 3);

        Map<String, StoredShift> before = rosters.shifts(first.id()).stream()
                .collect(Collectors.toMap(s -> s.employeeNumber() + "#" + s.workDate(), Function.identity()));
        List<StoredShift> repaired = rosters.shifts(repair.draft().id());
        // the search never puts the agent back on the new day off, whatever else of the freed week it cannot mend
        assertThat(repaired).noneMatch(s -> s.agentId() == hit.agentId() && s.workDate().equals(hit.workDate()));
        assertThat(rosters.explain(repair.draft().id()).hardBreaches()).extracting(RosterExplanation.Breach::constraint)
                .doesNotContain(RosterConstraints.TIME_OFF);
        assertThat(repaired).filteredOn(StoredShift::pinned).allSatisfy(s -> {
            StoredShift was = before.get(s.employeeNumber() + "#" + s.workDate());
            assertThat(was).isNotNull();
            assertThat(s.shiftCode()).isEqualTo(was.shiftCode());
            assertThat(s.siteCode()).isEqualTo(was.siteCode());
        });
        assertThat(repaired.stream().filter(StoredShift::pinned).count())
                .isEqualTo(before.values().stream().filter(s -> !freed.contains(s.employeeNumber())).count());

        RosterVersionSummary second = rosters.publish(repair.draft().id(), "test roster");
        assertThat(second.status()).isEqualTo(RosterStatus.PUBLISHED);
        assertThat(rosters.version(first.id()).status()).isEqualTo(RosterStatus.ARCHIVED);

        // the agent sees their own published shifts, and only theirs
        String agentUser = ctx.select(dev.frontline.db.Tables.APP_USER.USERNAME).from(dev.frontline.db.Tables.APP_USER)
                .where(dev.frontline.db.Tables.APP_USER.AGENT_ID.isNotNull()).orderBy(dev.frontline.db.Tables.APP_USER.ID)
                .limit(1).fetchSingle(dev.frontline.db.Tables.APP_USER.USERNAME);
        signIn(users, agentUser);
        long me = ((FrontlineUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).agentId().orElseThrow();
        List<StoredShift> mine = rosters.myPublishedShifts(MONDAY, SUNDAY);
        assertThat(mine).allMatch(s -> s.agentId() == me);
        assertThat(mine).hasSameSizeAs(repaired.stream().filter(s -> s.agentId() == me).toList());
    }

    @Test
    void twoRostersOfTheSameWeeksAreNeverSolvedAtOnce() {
        signIn(users, "planner");
        RosterVersionSummary first = rosters.createDraft("first of two", MONDAY, SUNDAY);
        versions.add(first.id());
        RosterVersionSummary second = rosters.createDraft("second of two", MONDAY, SUNDAY.plusWeeks(1));
        versions.add(second.id());
        RosterVersionSummary elsewhere = rosters.createDraft("other weeks", MONDAY.plusWeeks(2), SUNDAY.plusWeeks(2));
        versions.add(elsewhere.id());
        jobs.solve(first.id(), RosterSolver.QUICK, Duration.ofSeconds(30));
        try {
            assertThatThrownBy(() -> jobs.solve(second.id(), RosterSolver.QUICK, Duration.ofSeconds(2)))
                    .isInstanceOf(RosterInputException.class).hasMessageStartingWith("weeks: The roster " + first.name())
                    .hasMessageContaining("is being solved now");
            assertThat(jobs.status(second.id())).isEmpty();
            // weeks that do not overlap are solved side by side
            assertThat(jobs.solve(elsewhere.id(), RosterSolver.QUICK, Duration.ofSeconds(2)).running()).isTrue();
        } finally {
            jobs.stop(first.id());
            jobs.stop(elsewhere.id());
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> jobs.status(first.id()).map(s -> !s.running()).orElse(true)
                        && jobs.status(elsewhere.id()).map(s -> !s.running()).orElse(true));
        // once the first has ended, the second may go
        solve(second.id(), 2);
        assertThat(rosters.version(second.id()).score()).isNotNull();
    }

    @Test
    void onlyPlannersSolvePublishRepairAndWeighRosters() {
        signIn(users, "planner");
        RosterVersionSummary draft = rosters.createDraft("roles", MONDAY, SUNDAY);
        versions.add(draft.id());
        String agentUser = ctx.select(dev.frontline.db.Tables.APP_USER.USERNAME).from(dev.frontline.db.Tables.APP_USER)
                .where(dev.frontline.db.Tables.APP_USER.AGENT_ID.isNotNull()).limit(1)
                .fetchSingle(dev.frontline.db.Tables.APP_USER.USERNAME);
        for (String user : List.of(agentUser, "hr.lead")) {
            signIn(users, user);
            assertThatThrownBy(() -> rosters.createDraft("x", MONDAY, SUNDAY)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> jobs.solve(draft.id(), RosterSolver.QUICK, Duration.ofSeconds(1))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rosters.publish(draft.id())).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rosters.repair(draft.id(), false, 10)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rosters.shifts(draft.id())).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rosters.saveWeights(Map.of())).as(user).isInstanceOf(AccessDeniedException.class);
        }
        signIn(users, "hr.lead");
        assertThat(rosters.myPublishedShifts(MONDAY, SUNDAY)).isEmpty();
    }

    @Test
    void weightsShowTheEngineDefaultsAndSaveTheOverrides() {
        signIn(users, "planner");
        List<ConstraintWeight> weights = rosters.weights();
        assertThat(weights).extracting(ConstraintWeight::constraintName).containsExactlyElementsOf(RosterConstraints.SOFT);
        assertThat(weights).filteredOn(w -> w.constraintName().equals(RosterConstraints.MIN_OFFICE_DAYS))
                .singleElement().extracting(ConstraintWeight::defaultWeight).isEqualTo(200L);
        try {
            List<ConstraintWeight> saved = rosters.saveWeights(Map.of(RosterConstraints.OVERTIME, 5L));
            assertThat(saved).filteredOn(w -> w.constraintName().equals(RosterConstraints.OVERTIME)).singleElement()
                    .satisfies(w -> {
                        assertThat(w.weight()).isEqualTo(5L);
                        assertThat(w.updatedBy()).isEqualTo("planner");
                    });
            assertThat(rosters.scenario(MONDAY, SUNDAY).build().getConstraintWeightOverrides()
                    .getConstraintWeight(RosterConstraints.OVERTIME).softScore()).isEqualTo(5L);
            assertThatThrownBy(() -> rosters.saveWeights(Map.of(RosterConstraints.OVERTIME, -1L)))
                    .isInstanceOf(RosterInputException.class).hasMessageContaining("below 0");
            assertThatThrownBy(() -> rosters.saveWeights(Map.of(RosterConstraints.MIN_REST, 1L)))
                    .isInstanceOf(RosterInputException.class).hasMessageContaining("not a soft roster rule");
        } finally {
            java.util.Map<String, Long> reset = new java.util.HashMap<>();
            reset.put(RosterConstraints.OVERTIME, null);
            rosters.saveWeights(reset);
        }
    }
}
