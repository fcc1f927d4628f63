package dev.frontline.staffing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.forecast.ForecastVersionService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.StoredInterval;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.staffing.RequirementCalculation.IntervalInput;
import dev.frontline.staffing.engine.DeferredWorkPlanner;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.staffing.engine.StaffingRequirement;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;
import dev.frontline.staffing.persistence.RequirementRepository;
import dev.frontline.staffing.persistence.ShrinkageRepository;
import dev.frontline.staffing.persistence.StaffingQueueRepository;
import dev.frontline.staffing.simulation.CentreSimulator;
import dev.frontline.staffing.simulation.Estimate;
import dev.frontline.staffing.simulation.HandleTimeModel;
import dev.frontline.staffing.simulation.SimulatedAgent;
import dev.frontline.staffing.simulation.SimulatedQueue;
import dev.frontline.staffing.simulation.SimulationResult;
import dev.frontline.staffing.simulation.SimulationScenario;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;
import dev.frontline.shared.text.UnknownEntityException;
import dev.frontline.training.ProficiencyOnDate;

/**
 * Staffing requirements per queue and interval from saved forecast versions, saved as versions with the goal,
 * occupancy cap and shrinkage they used; tells when a version is out of date, explains any interval and replays a
 * day in the simulator. Planners only.
 */
@Service
public class RequirementService {

    /** Replications of "simulate this day": enough for confidence intervals of a point or two on a busy queue. */
    static final int SIMULATION_REPLICATIONS = 20;

    private final StaffingQueueRepository queues;
    private final ForecastVersionService forecasts;
    private final RequirementRepository requirements;
    private final ShrinkageRepository shrinkage;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final ProficiencyOnDate proficiencies;

    RequirementService(StaffingQueueRepository queues, ForecastVersionService forecasts, RequirementRepository requirements,
                       ShrinkageRepository shrinkage, CurrentUser currentUser, PlatformTransactionManager transactions,
                       ProficiencyOnDate proficiencies) {
        this.proficiencies = proficiencies;
        this.queues = queues;
        this.forecasts = forecasts;
        this.requirements = requirements;
        this.shrinkage = shrinkage;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<StaffingQueue> queues() {
        return queues.findAll();
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<ForecastVersionSummary> forecastVersions(long queueId) {
        return forecasts.versionsOf(queueId);
    }

    /** A saved forecast version; throws {@link NoSuchElementException} naming it when there is none. */
    @PreAuthorize("hasRole('PLANNER')")
    public ForecastVersionSummary forecastVersion(long forecastVersionId) {
        return forecast(forecastVersionId);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<RequirementVersionSummary> versions(long forecastVersionId) {
        return requirements.versionsOfForecast(forecastVersionId);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public RequirementVersionSummary version(long requirementVersionId) {
        return requirements.find(requirementVersionId)
                .orElseThrow(() -> new UnknownEntityException("id",
                        Phrase.of("rest.unknown.requirement-version", String.valueOf(requirementVersionId))));
    }

    @PreAuthorize("hasRole('PLANNER')")
    public List<RequirementRow> intervals(long requirementVersionId) {
        return requirements.intervals(requirementVersionId);
    }

    /**
     * Dates a version as made at {@code madeAt} and its forecast an hour before: the demo writes its past plans at
     * start-up, each as the planner made it before its weeks began.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public void backdate(long requirementVersionId, OffsetDateTime madeAt) {
        RequirementVersionSummary version = version(requirementVersionId);
        transaction.executeWithoutResult(status -> {
            forecasts.backdate(version.forecastVersionId(), madeAt.minusHours(1));
            requirements.backdate(requirementVersionId, madeAt);
        });
    }

    @PreAuthorize("hasRole('PLANNER')")
    public RequirementVersionSummary compute(RequirementRequest request) {
        return compute(request, Progress.NONE, Cancellation.NONE);
    }

    /**
     * Computes the requirement of every interval of the forecast version and saves it as a new version, all or
     * nothing. The computation runs outside any transaction; only the write is one. A stop ({@code cancellation})
     * throws {@link java.util.concurrent.CancellationException} before anything is written. {@link RequirementJobs}
     * runs this as a background job.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RequirementVersionSummary compute(RequirementRequest request, Progress progress, Cancellation cancellation) {
        String user = currentUser.require().getUsername();
        ForecastVersionSummary forecast = forecast(request.forecastVersionId());
        StaffingQueue queue = queue(forecast.queueId());
        StaffingModel model = RequirementCalculation.modelFor(queue, request.patienceSeconds());
        RequirementSettings settings = new RequirementSettings(model, queue.slTargetPercent(), queue.slThresholdSeconds(),
                queue.responseGoalHours(), queue.chatConcurrency(),
                model == StaffingModel.DEFERRED_BACKLOG ? 100 : request.maxOccupancyPercent(),
                model == StaffingModel.ERLANG_A ? request.patienceSeconds() : null);
        ShrinkageTable table = new ShrinkageTable(shrinkage.findAll());
        RequirementCalculation calculation = new RequirementCalculation(queue, forecast, settings,
                day -> table.effective(queue.id(), day));
        List<IntervalInput> inputs = inputs(queue, forecast, request.useAdjustedForecast());
        List<RequirementRow> rows = calculation.compute(inputs, progress, cancellation);
        cancellation.throwIfCancelled(RequirementCalculation.STOPPED);
        RequirementVersionSummary draft = new RequirementVersionSummary(0, forecast.id(), queue.id(), null, user, model,
                settings.slTargetPercent(), settings.slThresholdSeconds(), settings.responseGoalHours(),
                settings.maxOccupancyPercent(), settings.patienceSeconds(), request.useAdjustedForecast());
        long id = transaction.execute(status -> requirements.insert(draft, rows));
        return version(id);
    }

    private List<IntervalInput> inputs(StaffingQueue queue, ForecastVersionSummary forecast, boolean adjusted) {
        List<StoredInterval> stored = forecasts.modelIntervals(forecast.id());
        double[] offered = adjusted
                ? AdjustedVolume.apply(queue.code(), forecast.grainMinutes(), queue.zone(), stored, forecasts.adjustments(forecast.id()))
                : stored.stream().mapToDouble(StoredInterval::offered).toArray();
        List<IntervalInput> inputs = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            inputs.add(new IntervalInput(stored.get(i).start().atOffset(ZoneOffset.UTC), offered[i], stored.get(i).ahtSeconds()));
        }
        return inputs;
    }

    /**
     * Out of date when the queue's goal, the effective shrinkage of a weekday the version covers, or the forecast's
     * adjustments (for a version that used them) changed since the version was computed.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RequirementFreshness freshness(long requirementVersionId) {
        RequirementVersionSummary version = version(requirementVersionId);
        StaffingQueue queue = queue(version.queueId());
        List<RequirementFreshness.Reason> reasons = new ArrayList<>();
        if (!version.goalNotation().equals(queue.goalNotation())) {
            reasons.add(new RequirementFreshness.GoalChanged(version.goalNotation(), queue.goalNotation()));
        }
        ShrinkageTable table = new ShrinkageTable(shrinkage.findAll());
        Map<DayOfWeek, Double> usedByDay = new EnumMap<>(DayOfWeek.class);
        for (RequirementRow row : requirements.intervals(requirementVersionId)) {
            usedByDay.putIfAbsent(row.intervalStart().atZoneSameInstant(queue.zone()).getDayOfWeek(), row.shrinkagePercent());
        }
        usedByDay.forEach((day, used) -> {
            double now = table.effective(queue.id(), day).totalPercent();
            if (Math.abs(now - used) > 0.005) {
                reasons.add(new RequirementFreshness.ShrinkageChanged(day, used, now));
            }
        });
        if (version.usesAdjustedForecast()) {
            int newer = (int) forecasts.adjustments(version.forecastVersionId()).stream()
                    .filter(a -> a.createdAt().isAfter(version.createdAt())).count();
            if (newer > 0) {
                reasons.add(new RequirementFreshness.ForecastAdjusted(newer));
            }
        }
        return new RequirementFreshness(reasons);
    }

    /** Recomputes a new version with the same forecast, cap, patience and adjustment choice, and today's goal and shrinkage. */
    @PreAuthorize("hasRole('PLANNER')")
    public RequirementVersionSummary recompute(long requirementVersionId, Progress progress, Cancellation cancellation) {
        return compute(recomputeRequest(requirementVersionId), progress, cancellation);
    }

    /** The request that computed a version, to compute it again with today's goal and shrinkage. */
    @PreAuthorize("hasRole('PLANNER')")
    public RequirementRequest recomputeRequest(long requirementVersionId) {
        RequirementVersionSummary old = version(requirementVersionId);
        return new RequirementRequest(old.forecastVersionId(), old.maxOccupancyPercent(), old.patienceSeconds(),
                old.usesAdjustedForecast());
    }

    /**
     * Why an interval needs its agents: rebuilt from the version's recorded goal, cap, patience and the interval's
     * stored volume, AHT and shrinkage, so the inputs and formula shown are the ones that produced the number.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public IntervalExplanation explain(long requirementVersionId, OffsetDateTime intervalStart) {
        RequirementVersionSummary version = version(requirementVersionId);
        StaffingQueue queue = queue(version.queueId());
        ForecastVersionSummary forecast = forecast(version.forecastVersionId());
        List<RequirementRow> rows = requirements.intervals(requirementVersionId);
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).intervalStart().toInstant().equals(intervalStart.toInstant())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NoSuchElementException("requirement version " + requirementVersionId + " has no interval at " + intervalStart);
        }
        RequirementRow row = rows.get(index);
        RequirementSettings settings = settingsOf(version, queue);
        RequirementCalculation calculation = new RequirementCalculation(queue, forecast, settings,
                day -> new EffectiveShrinkage(day, 0, 0, ShrinkageSource.NONE));
        String label = calculation.label(row.intervalStart());
        if (version.model() == StaffingModel.DEFERRED_BACKLOG) {
            List<IntervalInput> inputs = rows.stream().map(r -> new IntervalInput(r.intervalStart(), r.offered(), r.ahtSeconds())).toList();
            RequirementCalculation.DeferredPlanOnGrid onGrid = calculation.deferredPlan(inputs);
            int gridIndex = 0;
            for (int k = 0, seen = -1; k < onGrid.inputs().size(); k++) {
                if (onGrid.inputs().get(k) != null && ++seen == index) {
                    gridIndex = k;
                    break;
                }
            }
            DeferredWorkPlanner.IntervalPlan plan = onGrid.plan().intervals().get(gridIndex);
            IntervalInput in = onGrid.inputs().get(gridIndex);
            Phrase sentence = calculation.deferredSentence(plan.explanation().says(), row.requiredAgents(),
                    row.scheduledAgents(), row.shrinkagePercent(), in, calculation.meanAht(inputs));
            return new IntervalExplanation(row.intervalStart(), label, row.requiredAgents(), row.scheduledAgents(),
                    version.model(), plan.explanation().inputs(), plan.explanation().formula(), sentence,
                    "response goal");
        }
        Shrinkage shrink = Shrinkage.ofTotalPercent(row.shrinkagePercent());
        ServiceGoal goal = ServiceGoal.of(settings.slTargetPercent(), settings.slThresholdSeconds())
                .withMaxOccupancyPercent(settings.maxOccupancyPercent());
        IntervalWorkload workload = new IntervalWorkload(row.offered(), forecast.grainMinutes() * 60.0,
                row.ahtSeconds() == null || row.ahtSeconds() <= 0 ? 1 : row.ahtSeconds());
        StaffingRequirement requirement = version.model() == StaffingModel.CHAT_CONCURRENCY
                ? calculation.chatQueue(goal, shrink).require(workload, label)
                : VoiceRequirementCalculator.explain(calculation.voiceQueue(goal, shrink), workload, label, row.requiredAgents());
        // the forecast's own interval tells whether its AHT was there or the version's mean stood in for it
        List<IntervalInput> inputs = inputs(queue, forecast, version.usesAdjustedForecast());
        IntervalInput in = inputs.stream().filter(i -> i.start().toInstant().equals(row.intervalStart().toInstant()))
                .findFirst().orElse(new IntervalInput(row.intervalStart(), row.offered(), row.ahtSeconds()));
        Phrase sentence = calculation.sentence(requirement.explanation().says(), in, calculation.meanAht(inputs));
        return new IntervalExplanation(row.intervalStart(), label, row.requiredAgents(), row.scheduledAgents(),
                version.model(), requirement.explanation().inputs(), requirement.explanation().formula(), sentence,
                requirement.bindingConstraint());
    }

    /** Local days of a version, for picking a day to show or simulate. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<LocalDate> days(long requirementVersionId) {
        StaffingQueue queue = queue(version(requirementVersionId).queueId());
        return requirements.intervals(requirementVersionId).stream()
                .map(r -> r.intervalStart().atZoneSameInstant(queue.zone()).toLocalDate()).distinct().sorted().toList();
    }

    /**
     * A day of the version next to the queue's skill supply that day: the agents holding the queue's skill, each at
     * their proficiency on the day (ramped after a course or in nesting), and the heads of that mix the day's peak
     * takes. The requirement itself counts agents at full speed, as the roster's coverage does.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public DaySupply supply(long requirementVersionId, LocalDate day) {
        RequirementVersionSummary version = version(requirementVersionId);
        StaffingQueue queue = queue(version.queueId());
        List<RequirementRow> rows = requirements.intervals(requirementVersionId).stream()
                .filter(r -> r.intervalStart().atZoneSameInstant(queue.zone()).toLocalDate().equals(day)).toList();
        if (rows.isEmpty()) {
            throw new RefusedValueException("day", Phrase.of("staffing.refused.no-interval-on-day", day));
        }
        RequirementRow peak = rows.stream().max(java.util.Comparator.comparingDouble(RequirementRow::scheduledAgents)
                .thenComparingInt(RequirementRow::requiredAgents)).orElseThrow();
        return DaySupply.of(day, queue.name(), proficiencies.supply(queues.skillId(queue.id()), day),
                peak.requiredAgents(), peak.scheduledAgents());
    }

    /**
     * Replays one local day of a voice or video version in the simulator with the required agents per interval
     * (dedicated to the queue), Poisson arrivals at the stored volume, exponential handle times at the stored AHT and,
     * for Erlang A versions, exponential patience; 20 replications, seeded by the version so the answer repeats.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public DaySimulation simulateDay(long requirementVersionId, LocalDate day) {
        RequirementVersionSummary version = version(requirementVersionId);
        if (version.model() != StaffingModel.ERLANG_C && version.model() != StaffingModel.ERLANG_A) {
            throw new IllegalArgumentException("simulate: only voice and video versions (Erlang C or A) can be simulated; this one uses "
                    + version.model().label());
        }
        StaffingQueue queue = queue(version.queueId());
        ForecastVersionSummary forecast = forecast(version.forecastVersionId());
        List<RequirementRow> rows = requirements.intervals(requirementVersionId).stream()
                .filter(r -> r.intervalStart().atZoneSameInstant(queue.zone()).toLocalDate().equals(day)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("simulate: requirement version " + requirementVersionId + " has no interval on " + day);
        }
        long stepSeconds = forecast.grainMinutes() * 60L;
        OffsetDateTime first = rows.get(0).intervalStart();
        int n = (int) (java.time.Duration.between(first, rows.get(rows.size() - 1).intervalStart()).toSeconds() / stepSeconds) + 1;
        double[] arrivals = new double[n];
        double[] aht = new double[n];
        int[] agents = new int[n];
        Map<Integer, RequirementRow> byIndex = new HashMap<>();
        double meanAht = rows.stream().filter(r -> r.ahtSeconds() != null && r.ahtSeconds() > 0)
                .mapToDouble(RequirementRow::ahtSeconds).average().orElse(300);
        java.util.Arrays.fill(aht, meanAht);
        for (RequirementRow r : rows) {
            int i = (int) (java.time.Duration.between(first, r.intervalStart()).toSeconds() / stepSeconds);
            byIndex.put(i, r);
            arrivals[i] = r.offered();
            aht[i] = r.ahtSeconds() != null && r.ahtSeconds() > 0 ? r.ahtSeconds() : meanAht;
            agents[i] = r.requiredAgents();
        }
        SimulatedQueue simulated = new SimulatedQueue(queue.code(), queue.priority(), arrivals, aht,
                version.slThresholdSeconds(), version.patienceSeconds() == null ? OptionalDouble.empty()
                        : OptionalDouble.of(version.patienceSeconds()));
        List<SimulatedAgent> staff = SimulatedAgent.fromStaffing("agent", Map.of(queue.code(), 1.0), agents);
        SimulationResult result = CentreSimulator.run(new SimulationScenario(n, stepSeconds, List.of(simulated), staff,
                HandleTimeModel.EXPONENTIAL, SIMULATION_REPLICATIONS, requirementVersionId));
        RequirementCalculation labels = new RequirementCalculation(queue, forecast, settingsOf(version, queue), d -> null);
        List<DaySimulation.Row> out = new ArrayList<>();
        double slWeighted = 0;
        double offered = 0;
        for (int i = 0; i < n; i++) {
            RequirementRow r = byIndex.get(i);
            if (r == null) {
                continue;
            }
            SimulationResult.QueueStats stats = result.interval(0, i);
            out.add(new DaySimulation.Row(r.intervalStart(), labels.label(r.intervalStart()), r.offered(), r.requiredAgents(),
                    r.serviceLevelPercent(), r.asaSeconds(), r.abandonPercent(), percent(stats.serviceLevel()),
                    stats.asaSeconds(), percent(stats.abandonment())));
            if (r.serviceLevelPercent() != null) {
                slWeighted += r.serviceLevelPercent() * r.offered();
                offered += r.offered();
            }
        }
        SimulationResult.QueueStats dayStats = result.queue(0, 0, n);
        return new DaySimulation(day, SIMULATION_REPLICATIONS, out, percent(dayStats.serviceLevel()), dayStats.asaSeconds(),
                percent(dayStats.abandonment()), offered > 0 ? slWeighted / offered : null);
    }

    private static Estimate percent(Estimate fraction) {
        return new Estimate(fraction.mean() * 100, fraction.halfWidth() * 100, fraction.samples());
    }

    private static RequirementSettings settingsOf(RequirementVersionSummary version, StaffingQueue queue) {
        return new RequirementSettings(version.model(), version.slTargetPercent(), version.slThresholdSeconds(),
                version.responseGoalHours(), queue.chatConcurrency(), version.maxOccupancyPercent(), version.patienceSeconds());
    }

    private ForecastVersionSummary forecast(long id) {
        return forecasts.find(id).orElseThrow(() -> new UnknownEntityException("forecastVersion",
                Phrase.of("rest.unknown.forecast-version", String.valueOf(id))));
    }

    private StaffingQueue queue(long id) {
        return queues.findById(id).orElseThrow(() -> new NoSuchElementException("queue " + id + " does not exist"));
    }
}
