package dev.frontline.staffing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.staffing.engine.ChatQueue;
import dev.frontline.staffing.engine.DeferredWorkPlanner;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.QueueMetrics;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.staffing.engine.StaffingRequirement;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedException;

/**
 * Turns one queue's forecast intervals into requirement rows with the staffing engine: Erlang C (or A) for voice and
 * video, chat slots for chat, the deadline-driven backlog plan for deferred work. Pure computation: no database, no
 * Spring, so the service can run it outside any transaction and write the result in one.
 */
final class RequirementCalculation {

    /** One forecast interval as staffing uses it: volume after adjustments and the forecast AHT (null or 0: none). */
    record IntervalInput(OffsetDateTime start, double offered, Double ahtSeconds) {
    }

    /** What a stopped computation says; nothing is saved. */
    static final String STOPPED = "requirement computation stopped; nothing was saved";

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final StaffingQueue queue;
    private final ForecastVersionSummary forecast;
    private final RequirementSettings settings;
    private final Function<DayOfWeek, EffectiveShrinkage> shrinkage;
    private final ZoneId zone;

    RequirementCalculation(StaffingQueue queue, ForecastVersionSummary forecast, RequirementSettings settings,
                           Function<DayOfWeek, EffectiveShrinkage> shrinkage) {
        this.queue = queue;
        this.forecast = forecast;
        this.settings = settings;
        this.shrinkage = shrinkage;
        this.zone = queue.zone();
    }

    /** The model a queue is sized with: its channel decides, patience turns Erlang C into Erlang A. */
    static StaffingModel modelFor(StaffingQueue queue, Double patienceSeconds) {
        if (queue.isDeferred()) {
            return StaffingModel.DEFERRED_BACKLOG;
        }
        if (queue.channel() == dev.frontline.db.enums.ChannelType.CHAT) {
            return StaffingModel.CHAT_CONCURRENCY;
        }
        return patienceSeconds == null ? StaffingModel.ERLANG_C : StaffingModel.ERLANG_A;
    }

    String label(OffsetDateTime start) {
        return start.atZoneSameInstant(zone).format(LABEL);
    }

    DayOfWeek weekday(OffsetDateTime start) {
        return start.atZoneSameInstant(zone).getDayOfWeek();
    }

    List<RequirementRow> compute(List<IntervalInput> inputs, Progress progress, Cancellation cancellation) {
        if (inputs.isEmpty()) {
            throw new PhrasedException(Phrase.of("staffing.failure.no-intervals", forecast.id()));
        }
        double fallbackAht = meanAht(inputs);
        return settings.model() == StaffingModel.DEFERRED_BACKLOG
                ? deferred(inputs, fallbackAht, progress, cancellation)
                : realTime(inputs, fallbackAht, progress, cancellation);
    }

    /**
     * Volume-weighted mean AHT of the intervals that have one: used where an interval has volume (e.g. added by an
     * adjustment) but no AHT of its own, and said so in its explanation.
     */
    double meanAht(List<IntervalInput> inputs) {
        double work = 0;
        double volume = 0;
        boolean anyVolume = false;
        for (IntervalInput i : inputs) {
            anyVolume |= i.offered() > 0;
            if (i.ahtSeconds() != null && i.ahtSeconds() > 0 && i.offered() > 0) {
                work += i.offered() * i.ahtSeconds();
                volume += i.offered();
            }
        }
        if (volume == 0) {
            if (anyVolume) {
                throw new PhrasedException(Phrase.of("staffing.failure.no-aht", forecast.id(), queue.name()));
            }
            return 1;
        }
        return work / volume;
    }

    /** The AHT a row stores: the one the interval was computed with, or none where nothing is offered and none forecast. */
    private static Double usedAht(IntervalInput i, double aht) {
        return i.offered() > 0 || hasOwnAht(i) ? aht : i.ahtSeconds();
    }

    private static boolean hasOwnAht(IntervalInput i) {
        return i.ahtSeconds() != null && i.ahtSeconds() > 0;
    }

    /** The engine's sentence with what the service adds: chat AHT measured with concurrency, a borrowed AHT. */
    Phrase sentence(Phrase engine, IntervalInput i, double fallbackAht) {
        Phrase says = engine;
        if (settings.model() == StaffingModel.CHAT_CONCURRENCY) {
            says = Phrase.of("staffing.why.noted", says, Phrase.of("staffing.why.chat-note"));
        }
        if (!hasOwnAht(i) && i.offered() != 0) {
            says = Phrase.of("staffing.why.noted", says, Phrase.of("staffing.why.aht-fallback", fallbackAht));
        }
        return says;
    }

    /** A deferred interval's sentence: the planner's reason, the agents rounded up, scheduled after shrinkage. */
    Phrase deferredSentence(Phrase engine, int agents, double scheduled, double shrinkagePercent, IntervalInput i,
                            double fallbackAht) {
        return sentence(Phrase.of("staffing.why.join", engine, Phrase.of("staffing.why.rounded", agents, scheduled,
                shrinkagePercent)), i, fallbackAht);
    }

    private List<RequirementRow> realTime(List<IntervalInput> inputs, double fallbackAht, Progress progress,
                                          Cancellation cancellation) {
        ServiceGoal goal = ServiceGoal.of(settings.slTargetPercent(), settings.slThresholdSeconds())
                .withMaxOccupancyPercent(settings.maxOccupancyPercent());
        double period = forecast.grainMinutes() * 60.0;
        Map<DayOfWeek, EffectiveShrinkage> byDay = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, VoiceQueue> voiceByDay = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, ChatQueue> chatByDay = new EnumMap<>(DayOfWeek.class);
        List<RequirementRow> rows = new ArrayList<>(inputs.size());
        int hint = -1;
        for (int k = 0; k < inputs.size(); k++) {
            cancellation.throwIfCancelled(STOPPED);
            IntervalInput in = inputs.get(k);
            DayOfWeek day = weekday(in.start());
            EffectiveShrinkage shrink = byDay.computeIfAbsent(day, shrinkage);
            double aht = hasOwnAht(in) ? in.ahtSeconds() : fallbackAht;
            IntervalWorkload workload = new IntervalWorkload(in.offered(), period, aht);
            StaffingRequirement requirement;
            if (settings.model() == StaffingModel.CHAT_CONCURRENCY) {
                ChatQueue chat = chatByDay.computeIfAbsent(day, d -> chatQueue(goal, shrink.toEngine()));
                requirement = chat.require(workload, label(in.start()));
            } else {
                VoiceQueue voice = voiceByDay.computeIfAbsent(day, d -> voiceQueue(goal, shrink.toEngine()));
                int agents = VoiceRequirementCalculator.requiredAgents(voice, workload, hint);
                hint = agents;
                requirement = VoiceRequirementCalculator.explain(voice, workload, label(in.start()), agents);
            }
            String sentence = sentence(requirement.explanation().says(), in, fallbackAht).english();
            rows.add(row(in, aht, requirement.agents(), shrink, requirement.metrics(), sentence));
            if (k % 64 == 0) {
                progress.report((double) k / inputs.size(), Phrase.of("jobs.progress.interval-of", k + 1, inputs.size()));
            }
        }
        progress.report(1, Phrase.of("jobs.progress.intervals-staffed", inputs.size()));
        return rows;
    }

    ChatQueue chatQueue(ServiceGoal goal, Shrinkage shrink) {
        // The forecast AHT of a chat queue is what history measured, with concurrency already in it, so it is not
        // stretched a second time: growth per extra chat 0.
        return new ChatQueue(goal, settings.chatConcurrency(), 0, shrink);
    }

    VoiceQueue voiceQueue(ServiceGoal goal, Shrinkage shrink) {
        return new VoiceQueue(settings.model(), goal, settings.patienceSeconds() == null ? OptionalDouble.empty()
                : OptionalDouble.of(settings.patienceSeconds()), shrink);
    }

    private RequirementRow row(IntervalInput in, double aht, int agents, EffectiveShrinkage shrink, QueueMetrics m,
                               String sentence) {
        double scheduled = shrink.toEngine().schedule(agents).roundedToHalf();
        boolean figures = in.offered() > 0 && m != null;
        return new RequirementRow(in.start(), in.offered(), usedAht(in, aht), agents,
                shrink.totalPercent(), scheduled,
                figures ? m.serviceLevel() * 100 : null,
                figures && m.asaSeconds().isPresent() ? m.asaSeconds().getAsDouble() : null,
                figures ? m.occupancy() * 100 : null,
                figures && settings.model() == StaffingModel.ERLANG_A ? m.abandonment() * 100 : null,
                sentence);
    }

    /**
     * Deferred work on the version's whole grid, horizon start to end in the queue's local days: intervals the
     * forecast lists are open (work can be done), the others closed. Work still due after the horizon is carried
     * over to the next version, not crammed into the last hours.
     */
    private List<RequirementRow> deferred(List<IntervalInput> inputs, double fallbackAht, Progress progress,
                                          Cancellation cancellation) {
        cancellation.throwIfCancelled(STOPPED);
        progress.report(0.1, Phrase.of("jobs.progress.backlog", inputs.size()));
        Grid grid = grid(inputs, fallbackAht);
        DeferredWorkPlanner.Plan plan = plan(grid);
        progress.report(0.9, Phrase.of("jobs.progress.backlog-planned"));
        List<RequirementRow> rows = new ArrayList<>(inputs.size());
        for (int k = 0; k < grid.intervals().size(); k++) {
            IntervalInput in = grid.inputs().get(k);
            if (in == null) {
                continue;
            }
            DeferredWorkPlanner.IntervalPlan p = plan.intervals().get(k);
            EffectiveShrinkage shrink = shrinkage.apply(weekday(in.start()));
            double scheduled = shrink.toEngine().schedule(p.agents()).roundedToHalf();
            String sentence = deferredSentence(p.explanation().says(), p.agents(), scheduled, shrink.totalPercent(), in,
                    fallbackAht).english();
            double aht = hasOwnAht(in) ? in.ahtSeconds() : fallbackAht;
            rows.add(new RequirementRow(in.start(), in.offered(), usedAht(in, aht), p.agents(),
                    shrink.totalPercent(), scheduled, null, null, null, null, sentence));
        }
        progress.report(1, Phrase.of("jobs.progress.intervals-staffed", inputs.size()));
        return rows;
    }

    /** The deferred plan of a version again, to explain one of its intervals; null entries of the grid are closed. */
    DeferredPlanOnGrid deferredPlan(List<IntervalInput> inputs) {
        Grid grid = grid(inputs, meanAht(inputs));
        return new DeferredPlanOnGrid(grid.inputs(), plan(grid));
    }

    record DeferredPlanOnGrid(List<IntervalInput> inputs, DeferredWorkPlanner.Plan plan) {
    }

    private record Grid(List<DeferredWorkPlanner.Interval> intervals, List<IntervalInput> inputs) {
    }

    private Grid grid(List<IntervalInput> inputs, double fallbackAht) {
        Duration step = Duration.ofMinutes(forecast.grainMinutes());
        Map<Instant, IntervalInput> byStart = new HashMap<>();
        inputs.forEach(i -> byStart.put(i.start().toInstant(), i));
        List<DeferredWorkPlanner.Interval> intervals = new ArrayList<>();
        List<IntervalInput> onGrid = new ArrayList<>();
        ZonedDateTime to = forecast.horizonEnd().atStartOfDay(zone);
        for (ZonedDateTime t = forecast.horizonStart().atStartOfDay(zone); t.isBefore(to); t = t.plus(step)) {
            IntervalInput in = byStart.remove(t.toInstant());
            onGrid.add(in);
            double aht = in != null && hasOwnAht(in) ? in.ahtSeconds() : fallbackAht;
            intervals.add(new DeferredWorkPlanner.Interval(label(t.toOffsetDateTime()), in != null,
                    in == null ? 0 : in.offered(), aht));
        }
        if (!byStart.isEmpty()) {
            Instant stray = byStart.keySet().stream().sorted().findFirst().orElseThrow();
            throw new PhrasedException(Phrase.of("staffing.failure.off-grid", forecast.id(),
                    label(stray.atOffset(java.time.ZoneOffset.UTC)), forecast.grainMinutes(), forecast.horizonStart(),
                    forecast.horizonEnd()));
        }
        return new Grid(intervals, onGrid);
    }

    private DeferredWorkPlanner.Plan plan(Grid grid) {
        return DeferredWorkPlanner.plan(grid.intervals(), forecast.grainMinutes() * 60.0,
                Duration.ofMinutes(Math.round(settings.responseGoalHours() * 60)), Shrinkage.NONE,
                DeferredWorkPlanner.HorizonEnd.CARRY_OVER);
    }

    static String number(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
