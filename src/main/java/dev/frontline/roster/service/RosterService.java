package dev.frontline.roster.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.engine.RosterWeights;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.persistence.ConstraintWeightRepository;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.audit.AuditTrail;

/**
 * Roster versions for planners: drafts, explanation, manual edits with a rule check, "who could take this gap?",
 * publishing, repair of a published roster, and the soft-rule weights. Agents read only their own published shifts.
 */
@Service
public class RosterService {

    /** How many versions the version picker lists. */
    static final int VERSION_LIST_LIMIT = 200;
    private static final int RECOMMENDATIONS = 8;
    /** Free agents tried for a gap, the most proficient first: each try costs a score calculation of the roster. */
    private static final int GAP_CANDIDATES_TRIED = 12;
    /** How long an insight is reused while its version is unchanged; master data may change under it meanwhile. */
    private static final Duration INSIGHT_MAX_AGE = Duration.ofSeconds(30);

    private final RosterStore store;
    private final ConstraintWeightRepository weightOverrides;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LowerBounds lowerBounds;
    private final Map<Long, CachedInsight> insights = new ConcurrentHashMap<>();
    private final Map<Long, CachedRoster> publishedRosters = new ConcurrentHashMap<>();
    /**
     * The Assignment Recommendation API needs a solver config with exactly one construction heuristic phase; the
     * roster configs start with a custom phase instead (it throws "requires the solver config to have exactly one
     * construction heuristic phase, but it has (0)"), so recommendations get their own. It places the shift and the
     * location only: left to its default it would also try every break bucket and recommend a shift with breaks the
     * edit it leads to would not have (an edit keeps the day's bucket).
     */
    private final SolutionManager<Roster, HardSoftLongScore> recommender = SolutionManager.create(SolverFactory.create(
            RosterSolver.config(RosterSolver.QUICK).withPhases(shiftAndLocation())));

    private static ConstructionHeuristicPhaseConfig shiftAndLocation() {
        String placed = "placedDay";
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(AgentDay.class).withId(placed))
                .withMoveSelectorConfigs(new CartesianProductMoveSelectorConfig().withMoveSelectors(
                        change(placed, "shift"), change(placed, "location"))));
    }

    private static ChangeMoveSelectorConfig change(String placed, String variable) {
        return new ChangeMoveSelectorConfig().withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(placed))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName(variable));
    }

    RosterService(RosterStore store, ConstraintWeightRepository weightOverrides, CurrentUser currentUser, AuditTrail audit,
            PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events, LowerBounds lowerBounds) {
        this.events = events;
        this.lowerBounds = lowerBounds;
        this.store = store;
        this.weightOverrides = weightOverrides;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Checks that a roster can be built for the period and says what is missing otherwise. */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterScenario scenario(LocalDate firstDay, LocalDate lastDay) {
        return store.scenarios().load("check", firstDay, lastDay);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<RosterVersionSummary> versions() {
        return store.versions().list(VERSION_LIST_LIMIT);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public RosterVersionSummary version(long id) {
        return store.version(id);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<StoredShift> shifts(long versionId) {
        return store.versions().shifts(versionId);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<StoredActivity> activities(long versionId) {
        return store.versions().activities(versionId);
    }

    /** A new empty draft for the period; the master data and requirements are checked first. */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterVersionSummary createDraft(String name, LocalDate firstDay, LocalDate lastDay) {
        String label = name == null || name.isBlank() ? RosterNames.period(firstDay, lastDay) : name.strip();
        RosterScenario scenario = store.scenarios().load(label, firstDay, lastDay);
        long id = store.versions().insertDraft(label, firstDay, lastDay, null, scenario.requirementVersionIds(),
                RosterSolver.DEFAULT, currentUser.require().getUsername());
        return store.version(id);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public LoadedRoster load(long versionId) {
        return store.load(versionId);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public RosterExplanation explain(long versionId) {
        return explain(store.load(versionId));
    }

    /** The explanation of a roster already loaded, so that the caller can word it with the same roster's names. */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterExplanation explain(LoadedRoster loaded) {
        return store.explainer().explain(loaded.roster());
    }

    /**
     * Under-coverage before and after breaks, the rules the data make impossible and the versions used, for a
     * version as it is saved now; reused while the version is unchanged, as reading a roster back costs a second.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterInsight insight(long versionId) {
        RosterVersionSummary version = store.version(versionId);
        CachedInsight cached = insights.get(versionId);
        Instant now = clock.instant();
        if (cached != null && cached.of(version) && cached.at().plus(INSIGHT_MAX_AGE).isAfter(now)) {
            return cached.insight();
        }
        RosterInsight insight;
        try {
            insight = insight(store.load(versionId));
        } catch (RosterInputException changed) {
            insight = new RosterInsight(version.undercoveragePercent(), null, null, null, List.of(),
                    store.scenarios().versionsUsed(version.requirementVersionIds()), changed.getMessage());
        }
        insights.put(versionId, new CachedInsight(version.updatedAt(), version.status(), now, insight));
        return insight;
    }

    /** The same for a roster the caller has loaded already (a page showing it), computed afresh. */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterInsight insight(LoadedRoster loaded) {
        RosterVersionSummary version = loaded.version();
        CoverageReport coverage = version.score() == null ? null : CoverageReport.of(loaded.roster());
        Integer broken = version.score() == null ? null : (int) store.explainer().explain(loaded.roster()).breaches()
                .stream().filter(RosterExplanation.Breach::hard).count();
        return new RosterInsight(coverage == null ? null : coverage.undercoveragePercent(),
                coverage == null ? null : coverage.undercoverageAfterBreaksPercent(), lowerBounds.afterBreaksPercent(version),
                broken, ImpossibilityCheck.of(loaded.roster()),
                store.scenarios().versionsUsed(version.requirementVersionIds()), null);
    }

    private record CachedInsight(OffsetDateTime updatedAt, RosterStatus status, Instant at,
            RosterInsight insight) {

        boolean of(RosterVersionSummary version) {
            return Objects.equals(updatedAt, version.updatedAt()) && status == version.status();
        }
    }

    /**
     * One queue's interval of a loaded roster: requirement, scheduled supply, shortfall or surplus, its penalty at the
     * roster's weights and the agents working it; empty when the queue requires nobody at that time (no requirement).
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<RosterExplainer.IntervalDetail> intervalDetail(LoadedRoster loaded, String queueId,
            LocalDate date, int minuteOfDay) {
        int day = (int) (date.toEpochDay() - loaded.scenario().firstDay().toEpochDay());
        if (day < 0 || day >= loaded.scenario().days()) {
            throw new RosterInputException("interval", outside(loaded, date));
        }
        return RosterExplainer.interval(loaded.roster(), queueId, day, minuteOfDay);
    }

    /**
     * What giving the agent this shift ({@code shiftTypeId} null = day off) at this place ({@code siteCode} null =
     * home) on the date would do to the score, without saving anything.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public EditCheck checkEdit(long versionId, String employeeNumber, LocalDate date, String shiftTypeId, String siteCode) {
        LoadedRoster loaded = store.load(versionId);
        return check(loaded, employeeNumber, date, shiftTypeId, siteCode);
    }

    /** Saves a manual change as a pinned shift of the draft, after the same check; breaks and score are redone. */
    @PreAuthorize("hasRole('PLANNER')")
    public EditCheck saveEdit(long versionId, String employeeNumber, LocalDate date, String shiftTypeId, String siteCode) {
        LoadedRoster loaded = store.load(versionId);
        requireDraft(loaded.version(), "edit");
        EditCheck check = check(loaded, employeeNumber, date, shiftTypeId, siteCode);
        store.save(versionId, loaded.scenario(), loaded.roster(), null);
        return check;
    }

    private EditCheck check(LoadedRoster loaded, String employeeNumber, LocalDate date, String shiftTypeId, String siteCode) {
        Roster roster = loaded.roster();
        AgentDay agentDay = agentDay(loaded, employeeNumber, date);
        RosterExplanation before = store.explainer().explain(roster);
        if (shiftTypeId == null) {
            agentDay.setShift(null);
        } else {
            ShiftType shiftType = roster.getShiftTypes().stream().filter(s -> s.id().equals(shiftTypeId)).findFirst()
                    .orElseThrow(() -> new RosterInputException("shift", Phrase.of("roster.error.shift-type",
                            shiftTypeId)));
            agentDay.setShift(shiftType);
        }
        agentDay.setLocation(location(agentDay.getAgent(), siteCode));
        agentDay.setPinned(true);
        RosterExplanation after = store.explainer().explain(roster);
        Set<String> had = new HashSet<>();
        before.breaches().forEach(b -> had.add(b.constraint() + "|" + b.why().description()));
        List<RosterExplanation.Breach> newHard = new ArrayList<>();
        List<RosterExplanation.Breach> newSoft = new ArrayList<>();
        for (RosterExplanation.Breach breach : after.breaches()) {
            if (!had.contains(breach.constraint() + "|" + breach.why().description())) {
                (breach.hard() ? newHard : newSoft).add(breach);
            }
        }
        return new EditCheck(before.score(), after.score(), newHard, newSoft);
    }

    /** What a recommendation proposes for the day: a shift at a place. */
    private record Placement(String shiftTypeId, String location) {
    }

    /**
     * "Who could take this gap?": the shifts and places this agent could work on the date, best first, each with what
     * it changes in the score against the day left free, from {@code SolutionManager.recommendAssignment} on the day
     * made free (staying off, which the nullable shift also proposes, is left out).
     */
    @PreAuthorize("hasRole('PLANNER')")
    public List<Recommendation> recommend(long versionId, String employeeNumber, LocalDate date) {
        return recommend(store.load(versionId), employeeNumber, date);
    }

    /** {@link #recommend(long, String, LocalDate)} on a roster the caller has loaded (and may word); it is changed. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<Recommendation> recommend(LoadedRoster loaded, String employeeNumber, LocalDate date) {
        AgentDay agentDay = agentDay(loaded, employeeNumber, date);
        agentDay.setShift(null);
        // a day saved by hand is pinned, and a pinned entity gets no recommendation
        agentDay.setPinned(false);
        return recommender.recommendAssignment(loaded.roster(), agentDay,
                        d -> d.getShift() == null ? null : new Placement(d.getShift().id(), d.getLocation().label()),
                        ScoreAnalysisFetchPolicy.FETCH_SHALLOW)
                .stream()
                .filter(r -> r.proposition() != null)
                .map(r -> new Recommendation(r.proposition().shiftTypeId(), r.proposition().location(),
                        r.scoreAnalysisDiff().score()))
                .sorted(Comparator.comparing(Recommendation::scoreChange).reversed())
                .limit(RECOMMENDATIONS)
                .toList();
    }

    /**
     * "Who could take this gap?": other agents, free on the date and skilled for the queue, who could work a shift
     * covering the interval, each with the best such shift and place and its score change (from {@code
     * SolutionManager.recommendAssignment} on their free day), best change first. Only the most proficient free
     * agents are tried ({@value #GAP_CANDIDATES_TRIED}), as each costs a score calculation.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public List<GapCandidate> gapCandidates(long versionId, String queueId, LocalDate date, int minuteOfDay) {
        return gapCandidates(store.load(versionId), queueId, date, minuteOfDay);
    }

    /** {@link #gapCandidates(long, String, LocalDate, int)} on a roster the caller has loaded; it is changed. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<GapCandidate> gapCandidates(LoadedRoster loaded, String queueId, LocalDate date, int minuteOfDay) {
        Roster roster = loaded.roster();
        int day = (int) (date.toEpochDay() - loaded.scenario().firstDay().toEpochDay());
        if (day < 0 || day >= loaded.scenario().days()) {
            throw new RosterInputException("date", outside(loaded, date));
        }
        var queue = roster.getQueues().stream().filter(q -> q.id().equals(queueId)).findFirst()
                .orElseThrow(() -> new RosterInputException("queue", Phrase.of("roster.error.queue", queueId)));
        Set<String> onLeave = new HashSet<>();
        roster.getTimeOffs().forEach(t -> onLeave.add(t.agent().id() + "#" + t.day()));
        int from = day * 24 * 60 + minuteOfDay;
        List<AgentDay> free = roster.getAgentDays().stream()
                .filter(d -> d.getDay() == day && !d.isWorking() && !d.isPinned()
                        && d.getAgent().skills().getOrDefault(queue, 0.0) > 0
                        && !onLeave.contains(d.getAgent().id() + "#" + day))
                .sorted(Comparator.comparing((AgentDay d) -> -d.getAgent().skills().get(queue))
                        .thenComparing(d -> d.getAgent().id()))
                .limit(GAP_CANDIDATES_TRIED)
                .toList();
        List<GapCandidate> candidates = new ArrayList<>();
        for (AgentDay agentDay : free) {
            recommender.recommendAssignment(roster, agentDay,
                            d -> d.getShift() == null ? null : new Placement(d.getShift().id(), d.getLocation().label()),
                            ScoreAnalysisFetchPolicy.FETCH_SHALLOW)
                    .stream()
                    .filter(r -> r.proposition() != null)
                    .filter(r -> covers(roster, r.proposition().shiftTypeId(), day, from))
                    .max(Comparator.comparing(r -> r.scoreAnalysisDiff().score()))
                    .ifPresent(r -> {
                        ShiftType shift = shiftType(roster, r.proposition().shiftTypeId());
                        candidates.add(new GapCandidate(agentDay.getAgent().id(), agentDay.getAgent().name(),
                                agentDay.getAgent().skills().get(queue), shift.id(), shift.startMinute(),
                                shift.endMinute(), r.proposition().location(), r.scoreAnalysisDiff().score()));
                    });
        }
        candidates.sort(Comparator.comparing(GapCandidate::scoreChange).reversed());
        return candidates.stream().limit(RECOMMENDATIONS).toList();
    }

    private static boolean covers(Roster roster, String shiftTypeId, int day, int intervalStart) {
        ShiftType shift = shiftType(roster, shiftTypeId);
        int start = day * 24 * 60 + shift.startMinute();
        return start <= intervalStart && intervalStart + DemandIndex.INTERVAL_MINUTES
                <= start + shift.lengthMinutes();
    }

    private static ShiftType shiftType(Roster roster, String id) {
        return roster.getShiftTypes().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Publishes a draft that breaks no hard rule (see {@link #publish(long, String)}). */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterVersionSummary publish(long versionId) {
        return publish(versionId, null);
    }

    /**
     * Publishes a draft; a published version of an overlapping period becomes archived. A roster that breaks hard
     * rules is published only with the planner's {@code reason}, which the audit trail keeps with who published it.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterVersionSummary publish(long versionId, String reason) {
        RosterVersionSummary version = store.version(versionId);
        requireDraft(version, "publish");
        if (version.score() == null) {
            throw new RosterInputException("publish", Phrase.of("roster.error.unsolved", version.name()));
        }
        String why = reason == null ? "" : reason.strip();
        if (!version.feasible() && why.isEmpty()) {
            throw new RosterInputException("reason", Phrase.of("roster.error.publish-reason", version.name(),
                    version.hardScore() == null ? 0 : Math.abs(version.hardScore())));
        }
        String user = currentUser.require().getUsername();
        List<Long> archivedVersions = transaction.execute(status -> {
            List<Long> archived = store.versions().publish(versionId, user, OffsetDateTime.now(clock));
            // the people of the sessions this roster places now know when they sit them
            store.training().markScheduled(versionId);
            audit.record("roster_version", String.valueOf(versionId), AuditAction.UPDATE, Phrase.of("audit.roster.published",
                    version.firstDay(), version.lastDay(),
                    version.feasible() ? "" : Phrase.of("audit.roster.published.broken", -version.hardScore(), why),
                    archived.isEmpty() ? "" : Phrase.of("audit.roster.published.archived",
                            archived.stream().map(a -> (Object) ("#" + a)).toList())));
            return archived;
        });
        events.publishEvent(new RosterPublished(versionId, archivedVersions, version.firstDay(), version.lastDay()));
        return store.version(versionId);
    }

    /**
     * A new draft that repairs a published roster after changes: every published shift stays pinned except on the
     * agent-days the changes touch (approved time off or availability now on a shift day, a shift no longer allowed)
     * and, when {@code forecastChange}, every agent-day of the days whose total requirement moved by more than
     * {@code thresholdPercent}. Solving the draft then changes as few published minutes as it can.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RepairResult repair(long publishedVersionId, boolean forecastChange, double thresholdPercent) {
        return repairOf(publishedVersionId, forecastChange, thresholdPercent, RosterNames.repair(publishedVersionId));
    }

    /**
     * The repair that an approved time off triggers (self-service: a planner's decision in the inbox, or Frontline's
     * own by the coverage rule, which an agent's request sets off): for each published roster in which the agent has
     * a shift between the days, a repair draft (see {@link #repair}) that has already dropped those shifts, for a
     * planner to solve and publish. Any signed-in user: the time-off service has decided the approval.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RepairResult> repairAfterTimeOff(long agentId, LocalDate from, LocalDate to, String agentName) {
        Phrase why = Phrase.of("roster.repair.after-time-off", from, to, agentName);
        List<RepairResult> results = new ArrayList<>();
        java.util.Set<Long> versions = new java.util.LinkedHashSet<>();
        store.versions().publishedShiftsOf(agentId, from, to).forEach(s -> store.versions()
                .publishedCovering(s.workDate()).ifPresent(v -> versions.add(v.id())));
        for (long versionId : versions) {
            // stored with ISO dates, the form RosterNames renders in the reader's language and date format
            RepairResult result = repairOf(versionId, false, 0, RosterNames.repairAfterTimeOff(versionId, from, to, agentName));
            audit.record("roster_version", String.valueOf(result.draft().id()), AuditAction.CREATE,
                    Phrase.of("audit.roster.repair-draft", versionId, why));
            results.add(result);
        }
        return results;
    }

    private RepairResult repairOf(long publishedVersionId, boolean forecastChange, double thresholdPercent, String name) {
        RosterVersionSummary published = store.version(publishedVersionId);
        if (published.status() != RosterStatus.PUBLISHED) {
            throw new RosterInputException("repair", Phrase.of("roster.error.repair-published", published.name(),
                    Phrase.of("roster.status." + published.status().name())));
        }
        RosterScenario scenario = store.scenarios().load(name, published.firstDay(), published.lastDay());
        Roster facts = scenario.build();
        List<StoredShift> shifts = store.versions().shifts(publishedVersionId);
        Set<String> affected = new HashSet<>();
        Set<String> timeOff = new HashSet<>();
        facts.getTimeOffs().forEach(t -> timeOff.add(t.agent().id() + "#" + t.day()));
        Map<String, Agent> agents = new LinkedHashMap<>();
        facts.getAgents().forEach(a -> agents.put(a.id(), a));
        Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
        facts.getShiftTypes().forEach(s -> shiftTypes.put(s.id(), s));
        Map<String, dev.frontline.roster.engine.DayAvailability> availability = new LinkedHashMap<>();
        facts.getDayAvailabilities().forEach(a -> availability.put(a.agent().id() + "#" + a.day(), a));
        for (StoredShift s : shifts) {
            String key = s.employeeNumber() + "#" + RosterStore.day(scenario, s);
            Agent agent = agents.get(s.employeeNumber());
            ShiftType shiftType = shiftTypes.get(s.shiftCode());
            var limit = availability.get(key);
            if (agent == null || shiftType == null || !agent.mayWork(shiftType) || timeOff.contains(key)
                    || (limit != null && !limit.permits(shiftType))) {
                affected.add(key);
            }
        }
        // the affected agents' other days of the same week are freed too, so their weekly minutes can still be met;
        // the "keep published shifts" rule keeps those days as they were unless a change is needed
        Set<String> weeks = new HashSet<>();
        affected.forEach(key -> weeks.add(key.substring(0, key.lastIndexOf('#')) + "#"
                + Integer.parseInt(key.substring(key.lastIndexOf('#') + 1)) / 7));
        for (String agentId : scenario.agentIds().keySet()) {
            for (int day = 0; day < scenario.days(); day++) {
                if (weeks.contains(agentId + "#" + day / 7)) {
                    affected.add(agentId + "#" + day);
                }
            }
        }
        Set<Integer> changedDays = new HashSet<>();
        if (forecastChange) {
            changedDays.addAll(changedDays(published, scenario, thresholdPercent));
            for (String agentId : scenario.agentIds().keySet()) {
                changedDays.forEach(day -> affected.add(agentId + "#" + day));
            }
        }
        // a shift on a day the agent now has off is gone from the draft at once, not left for the search to undo
        List<StoredShift> draftShifts = shifts.stream()
                .filter(s -> !timeOff.contains(s.employeeNumber() + "#" + RosterStore.day(scenario, s)))
                .map(s -> new StoredShift(s.agentId(), s.employeeNumber(), s.agentName(), s.workDate(), s.shiftTemplateId(),
                        s.shiftCode(), s.startsAt(), s.lengthMinutes(), s.siteId(), s.siteCode(),
                        !affected.contains(s.employeeNumber() + "#" + RosterStore.day(scenario, s)), s.breakBucket()))
                .toList();
        RosterStore.addPublished(scenario, shifts);
        Roster roster = scenario.build();
        RosterStore.apply(roster, scenario, draftShifts, false);
        // the published sessions stay where they are unless the repair has to move them
        store.placeSessions(roster, scenario, publishedVersionId);
        for (AgentDay d : roster.getAgentDays()) {
            // days off the repair may not touch stay off: pin them too
            if (!d.isWorking() && !affected.contains(d.getId()) && !changedDays.contains(d.getDay())) {
                d.setPinned(true);
            }
        }
        long id = store.versions().insertDraft(name, published.firstDay(), published.lastDay(), publishedVersionId,
                scenario.requirementVersionIds(), published.solverConfig(), currentUser.require().getUsername());
        store.save(id, scenario, roster, null);
        int pinned = (int) roster.getAgentDays().stream().filter(AgentDay::isPinned).count();
        return new RepairResult(store.version(id), roster.getAgentDays().size() - pinned, pinned, changedDays.size());
    }

    private List<Integer> changedDays(RosterVersionSummary published, RosterScenario scenario, double thresholdPercent) {
        Map<String, long[]> before = store.scenarios().requiredMilliPerDay(published.requirementVersionIds(),
                scenario.firstDay(), scenario.lastDay(), scenario.zone());
        Map<String, long[]> now = store.scenarios().requiredMilliPerDay(scenario.requirementVersionIds(),
                scenario.firstDay(), scenario.lastDay(), scenario.zone());
        List<Integer> days = new ArrayList<>();
        for (int day = 0; day < scenario.days(); day++) {
            long old = 0;
            long current = 0;
            for (long[] perDay : before.values()) {
                old += perDay[day];
            }
            for (long[] perDay : now.values()) {
                current += perDay[day];
            }
            if (Math.abs(current - old) * 100.0 > thresholdPercent * Math.max(old, 1)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * What taking the agent's shifts between two days out of the published roster covering them would do to coverage
     * ({@link AbsenceCoverage}); empty when no published roster covers the first day. For self-service decisions on
     * time off: the caller (the time-off service) has checked that its user may ask about this agent. A loaded
     * published roster is reused while unchanged for {@link #INSIGHT_MAX_AGE}, as an inbox asks for many requests.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<AbsenceCoverage> absenceCoverage(long agentId, LocalDate from, LocalDate to) {
        Optional<RosterVersionSummary> published = store.versions().publishedCovering(from);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        RosterVersionSummary version = published.get();
        LoadedRoster loaded = publishedRoster(version);
        String employeeNumber = loaded.scenario().agentIds().entrySet().stream()
                .filter(e -> e.getValue() == agentId).map(Map.Entry::getKey).findFirst().orElse(null);
        synchronized (loaded) {
            Roster roster = loaded.roster();
            double before = CoverageReport.of(roster).unmetAgentHoursAfterBreaks();
            List<AgentDay> days = roster.getAgentDays().stream()
                    .filter(d -> d.getAgent().id().equals(employeeNumber) && d.isWorking()
                            && !d.getDate().isBefore(from) && !d.getDate().isAfter(to))
                    .toList();
            if (days.isEmpty()) {
                return Optional.of(new AbsenceCoverage(version.id(), 0, before, before, Double.POSITIVE_INFINITY));
            }
            double headroom = headroom(roster, days);
            int minutes = 0;
            Map<AgentDay, ShiftType> shifts = new LinkedHashMap<>();
            for (AgentDay d : days) {
                minutes += d.getShift().lengthMinutes() - d.getBreaks().stream().mapToInt(b -> b.minutes()).sum();
                shifts.put(d, d.getShift());
                d.setShift(null);
            }
            try {
                double after = CoverageReport.of(roster).unmetAgentHoursAfterBreaks();
                return Optional.of(new AbsenceCoverage(version.id(), minutes / 60.0, before, after, headroom));
            } finally {
                shifts.forEach(AgentDay::setShift);
            }
        }
    }

    /** Agents present (not on a break) less the centre's total requirement, at the tightest interval of the days. */
    private static double headroom(Roster roster, List<AgentDay> days) {
        int interval = DemandIndex.INTERVAL_MINUTES;
        Map<Integer, Double> required = new java.util.HashMap<>();
        for (var demand : roster.getIntervalDemands()) {
            required.merge(demand.interval(), demand.requiredMilli() / 1000.0, Double::sum);
        }
        java.util.TreeSet<Integer> intervals = new java.util.TreeSet<>();
        for (AgentDay d : days) {
            for (int t = d.getStartMinute() / interval; t < (d.getEndMinute() + interval - 1) / interval; t++) {
                intervals.add(t);
            }
        }
        Map<Integer, Integer> present = new java.util.HashMap<>();
        for (AgentDay d : roster.getAgentDays()) {
            if (!d.isWorking()) {
                continue;
            }
            int from = d.getStartMinute() / interval;
            int to = (d.getEndMinute() + interval - 1) / interval;
            if (to <= intervals.first() || from > intervals.last()) {
                continue;
            }
            Set<Integer> onBreak = new HashSet<>();
            for (var b : d.getBreaks()) {
                for (int t = b.startMinute() / interval; t < (b.startMinute() + b.minutes()) / interval; t++) {
                    onBreak.add(t);
                }
            }
            for (int t = from; t < to; t++) {
                if (intervals.contains(t) && !onBreak.contains(t)) {
                    present.merge(t, 1, Integer::sum);
                }
            }
        }
        double tightest = Double.POSITIVE_INFINITY;
        for (int t : intervals) {
            tightest = Math.min(tightest, present.getOrDefault(t, 0) - required.getOrDefault(t, 0.0));
        }
        return tightest;
    }

    private LoadedRoster publishedRoster(RosterVersionSummary version) {
        CachedRoster cached = publishedRosters.get(version.id());
        Instant now = clock.instant();
        if (cached != null && Objects.equals(cached.updatedAt(), version.updatedAt())
                && cached.at().plus(INSIGHT_MAX_AGE).isAfter(now)) {
            return cached.roster();
        }
        LoadedRoster loaded = store.load(version.id());
        publishedRosters.clear();
        publishedRosters.put(version.id(), new CachedRoster(version.updatedAt(), now, loaded));
        return loaded;
    }

    private record CachedRoster(OffsetDateTime updatedAt, Instant at, LoadedRoster roster) {
    }

    /** The signed-in agent's shifts in published rosters between two days (empty for users who are not agents). */
    @PreAuthorize("isAuthenticated()")
    public List<StoredShift> myPublishedShifts(LocalDate from, LocalDate to) {
        return currentUser.require().agentId().map(id -> store.versions().publishedShiftsOf(id, from, to)).orElse(List.of());
    }

    /** Every soft rule with its default weight and the planner's override. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<ConstraintWeight> weights() {
        Map<String, ConstraintWeight> stored = new LinkedHashMap<>();
        weightOverrides.overrides(RosterConstraints.SOFT).forEach(w -> stored.put(w.constraintName(), w));
        return RosterConstraints.SOFT.stream()
                .map(name -> stored.getOrDefault(name, new ConstraintWeight(name, RosterWeights.defaultSoftWeight(name), null, null, null)))
                .toList();
    }

    /**
     * Saves the planner's weights ({@code null} = back to the default), audited, all or nothing; they apply to every
     * roster solved from now on.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public List<ConstraintWeight> saveWeights(Map<String, Long> changes) {
        changes.forEach((name, weight) -> {
            if (!RosterConstraints.SOFT.contains(name)) {
                throw new RosterInputException("weight", Phrase.of("roster.error.weight-rule", String.valueOf(name)));
            }
            if (weight != null && weight < 0) {
                throw new RosterInputException("weight", Phrase.of("roster.error.weight-negative", ruleName(name), weight));
            }
        });
        String user = currentUser.require().getUsername();
        transaction.executeWithoutResult(status -> changes.forEach((name, weight) -> {
            if (weight == null) {
                if (weightOverrides.reset(name)) {
                    audit.record("roster_constraint_weight", name, AuditAction.DELETE,
                            Phrase.of("audit.roster.weight-default", ruleName(name)));
                }
                return;
            }
            weightOverrides.save(name, weight, user, OffsetDateTime.now(clock));
            audit.record("roster_constraint_weight", name, AuditAction.UPDATE,
                    Phrase.of("audit.roster.weight", ruleName(name), weight));
        }));
        return weights();
    }

    /** "{date} is outside the roster {name} ({first} – {last})". */
    private static Phrase outside(LoadedRoster loaded, LocalDate date) {
        return Phrase.of("roster.error.outside", date, loaded.version().name(), loaded.version().firstDay(),
                loaded.version().lastDay());
    }

    /** A soft rule's name in the reader's words where the bundles have it, else its engine name. */
    private static Object ruleName(String constraint) {
        String key = "roster.rule." + constraint.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return dev.frontline.shared.text.Messages.pattern(key, java.util.Locale.ENGLISH).isPresent() ? Phrase.of(key)
                : constraint;
    }

    private static void requireDraft(RosterVersionSummary version, String what) {
        if (version.status() != RosterStatus.DRAFT) {
            throw new RosterInputException(what, Phrase.of("roster.error.draft-only", version.name(),
                    Phrase.of("roster.status." + version.status().name())));
        }
    }

    private static AgentDay agentDay(LoadedRoster loaded, String employeeNumber, LocalDate date) {
        int day = (int) (date.toEpochDay() - loaded.scenario().firstDay().toEpochDay());
        AgentDay agentDay = loaded.roster().agentDay(employeeNumber, day);
        if (day < 0 || day >= loaded.scenario().days()) {
            throw new RosterInputException("date", outside(loaded, date));
        }
        if (agentDay == null) {
            throw new RosterInputException("agent", Phrase.of("roster.error.agent", String.valueOf(employeeNumber),
                    loaded.version().name()));
        }
        return agentDay;
    }

    private static WorkLocation location(Agent agent, String siteCode) {
        WorkLocation location = siteCode == null ? WorkLocation.HOME
                : agent.locations().stream().filter(l -> l.isOffice() && l.site().id().equals(siteCode)).findFirst()
                        .orElseThrow(() -> new RosterInputException("site", Phrase.of("roster.error.office-not-allowed",
                                agent.name(), siteCode)));
        if (!agent.locations().contains(location)) {
            throw new RosterInputException("site", Phrase.of("roster.error.location-not-allowed", agent.name(),
                    location.isOffice() ? Phrase.of("roster.place.office", location.site().name())
                            : Phrase.of("roster.place.home")));
        }
        return location;
    }
}
