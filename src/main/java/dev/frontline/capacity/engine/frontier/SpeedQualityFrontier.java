package dev.frontline.capacity.engine.frontier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.capacity.engine.AttritionModel;
import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.CapacityPlan;
import dev.frontline.capacity.engine.CapacityPlanner;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.engine.PlanSettings;
import dev.frontline.capacity.engine.PlanWeek;
import dev.frontline.capacity.engine.QueueDemand;
import dev.frontline.capacity.engine.QueueModel;
import dev.frontline.capacity.engine.SupplyAgent;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.text.Phrase;
import dev.frontline.staffing.engine.ServiceGoal;

/**
 * The speed–quality frontier (docs/capacity.md): every lever setting of the grid is planned with its goal, occupancy
 * cap, onboarding path and coaching time, its hires sized greedily to close each week's gap, and scored on speed
 * (service level, ASA), quality (QA, FCR from the {@link LeverModel}s) and cost; the settings no other beats are
 * marked efficient.
 *
 * <p>The hires are sized greedily (milliseconds a setting) rather than by the hiring MIP (seconds a setting): for each
 * queue and week short of its requirement, a class starting so that it is fully proficient by that week (or as early as
 * recruiting allows) is sized to close the gap. Trainer limits and the hiring budget are left to the MIP, which plans
 * the scenario a chosen point becomes.
 */
public final class SpeedQualityFrontier {

    /** The frontier with the models' notes on what the data can and cannot tell. */
    public record Result(List<FrontierPoint> points, List<Phrase> notes) {

        public Result {
            points = List.copyOf(points);
            notes = List.copyOf(notes);
        }

        public FrontierPoint current() {
            return points.stream().filter(FrontierPoint::current).findFirst().orElseThrow();
        }
    }

    private final FrontierInput input;
    private final PlanSettings settings;
    private final int weeks;
    private final double[][] existing;
    private final double[][] enrolmentTraining;
    private final double[] queueFte;
    private final Map<String, double[][]> requiredByGoal = new HashMap<>();
    private final Map<String, int[][][]> agentsByGoal = new HashMap<>();
    private final Workforce workforce;

    private SpeedQualityFrontier(FrontierInput input) {
        this.input = input;
        this.settings = input.plan().settings();
        this.weeks = settings.weeks();
        // today's staff and the enrolments' off-phone hours do not depend on the levers: planned once, without classes
        CapacityPlan alone = CapacityPlanner.plan(input.plan().withClasses(List.of()));
        int queues = input.plan().queues().size();
        existing = new double[queues][weeks];
        enrolmentTraining = new double[queues][weeks];
        for (int q = 0; q < queues; q++) {
            List<PlanWeek> rows = alone.queues().get(q).weeks();
            for (int w = 0; w < weeks; w++) {
                existing[q][w] = rows.get(w).existingFte();
                enrolmentTraining[q][w] = rows.get(w).trainingFte();
            }
        }
        queueFte = new double[queues];
        for (SupplyAgent a : input.plan().agents()) {
            int q = queueIndex(a.queueCode());
            if (q >= 0) {
                queueFte[q] += a.fte();
            }
        }
        workforce = new Workforce(input.plan(), input.qa(), input.fcr(), input.practice());
    }

    public static Result compute(FrontierInput input, Cancellation cancel) {
        SpeedQualityFrontier f = new SpeedQualityFrontier(input);
        List<FrontierPoint> points = new ArrayList<>();
        for (FrontierLevers levers : input.grid()) {
            cancel.throwIfCancelled("frontier stopped");
            points.add(f.evaluate(levers));
        }
        return new Result(Pareto.mark(points), FrontierTexts.notes(input));
    }

    FrontierPoint evaluate(FrontierLevers levers) {
        List<QueueDemand> queues = input.plan().queues();
        String goalKey = levers.serviceLevelPercent() + "/" + levers.occupancyCapPercent();
        double[][] required = requiredByGoal.computeIfAbsent(goalKey, k -> sizeQueues(levers));
        int[][][] agents = agentsByGoal.get(goalKey);
        AttritionModel attrition = input.plan().attrition();
        double exitChange = earlyExitChange(levers);
        double keep = Math.clamp(1 - exitChange, 0, 1);
        double coachingShare = levers.coachingHours() / settings.hoursPerFte();
        List<HiringClass> classes = new ArrayList<>();
        double slWeighted = 0;
        double asaWeighted = 0;
        double volume = 0;
        int below = 0;
        double coachingFteWeeks = 0;
        for (int q = 0; q < queues.size(); q++) {
            QueueDemand queue = queues.get(q);
            OnboardingPath path = path(queue.queueCode(), levers);
            double[] supply = new double[weeks];
            for (int w = 0; w < weeks; w++) {
                supply[w] = existing[q][w] - enrolmentTraining[q][w] - coachingShare * queueFte[q];
                coachingFteWeeks += coachingShare * queueFte[q];
            }
            for (HiringClass c : input.plan().classes()) {
                if (c.queueCode().equals(queue.queueCode())) {
                    HiringClass repathed = new HiringClass(c.queueCode(), c.siteCode(), c.start(),
                            Math.min(c.size(), path.roomSeats()), path, false);
                    add(repathed, supply, attrition, keep);
                    classes.add(repathed);
                }
            }
            for (int w = 0; w < weeks; w++) {
                double gap = required[q][w] - supply[w];
                if (gap > PlanWeek.TOLERANCE_FTE) {
                    for (HiringClass c : classesFor(queue, path, w, gap, attrition, keep)) {
                        add(c, supply, attrition, keep);
                        classes.add(c);
                    }
                }
            }
            for (int w = 0; w < weeks; w++) {
                if (required[q][w] - supply[w] > PlanWeek.TOLERANCE_FTE) {
                    below++;
                }
                if (queue.model().kind() == QueueModel.Kind.DEFERRED) {
                    continue;
                }
                double v = queue.weeks().get(w).volume();
                LocalDate week = settings.week(w);
                double hours = Math.max(0, supply[w]) * settings.hoursPerFte() * (1 - settings.shrinkage(week));
                CapacityPlanner.Service s = v <= 0 ? new CapacityPlanner.Service(1, 0)
                        : CapacityPlanner.service(queueAt(queue, levers), v, queue.weeks().get(w).ahtSeconds(),
                                agents[q][w], hours);
                slWeighted += s.serviceLevel() * v;
                asaWeighted += s.asaSeconds() * v;
                volume += v;
            }
        }
        int hires = 0;
        double hireFteWeeks = 0;
        for (HiringClass c : classes) {
            hires += c.size();
            for (int w = 0; w < weeks; w++) {
                hireFteWeeks += c.employedOn(settings.week(w), attrition);
            }
        }
        Workforce.Mix mix = workforce.mix(classes, attrition, keep, levers);
        LeverModel.Prediction qa = input.qa().predict(mix.qaNewness(), mix.levers());
        LeverModel.Prediction fcr = input.fcr().predict(mix.fcrNewness(), mix.levers());
        double sl = volume > 0 ? slWeighted / volume : Double.NaN;
        double asa = volume > 0 ? asaWeighted / volume : Double.NaN;
        boolean current = levers.equals(input.current());
        FrontierPoint point = new FrontierPoint(levers, current, false, sl, asa, below, qa, fcr, exitChange, hires,
                hireFteWeeks, coachingFteWeeks, List.of());
        return new FrontierPoint(levers, current, false, sl, asa, below, qa, fcr, exitChange, hires, hireFteWeeks,
                coachingFteWeeks, FrontierTexts.why(point, input, classes.size(), mix.hireShare()));
    }

    /**
     * The QA and FCR a computed plan's workforce is predicted to give: today's agents and the plan's classes, under the
     * scenario's onboarding and coaching (the expected quality of a scenario).
     */
    public static LeverModel.Prediction[] expectedQuality(CapacityInput plan, List<HiringClass> classes,
            FrontierLevers levers, FrontierLevers practice, LeverModel qa, LeverModel fcr) {
        Workforce.Mix mix = new Workforce(plan, qa, fcr, practice).mix(classes, plan.attrition(), 1, levers);
        return new LeverModel.Prediction[] {qa.predict(mix.qaNewness(), mix.levers()),
                fcr.predict(mix.fcrNewness(), mix.levers())};
    }

    /** Each queue-week's required FTE and agents per interval under a goal and cap, sized once per pair. */
    private double[][] sizeQueues(FrontierLevers levers) {
        List<QueueDemand> queues = input.plan().queues();
        double[][] required = new double[queues.size()][weeks];
        int[][][] agents = new int[queues.size()][weeks][];
        for (int q = 0; q < queues.size(); q++) {
            QueueDemand queue = queueAt(queues.get(q), levers);
            for (int w = 0; w < weeks; w++) {
                var d = queue.weeks().get(w);
                double shrink = settings.shrinkage(settings.week(w));
                agents[q][w] = queue.model().kind() == QueueModel.Kind.DEFERRED ? null
                        : CapacityPlanner.agentsPerInterval(queue, d.volume(), d.ahtSeconds());
                required[q][w] = CapacityPlanner.requiredFte(queue, agents[q][w], d.volume(), d.ahtSeconds(), shrink,
                        settings.hoursPerFte());
            }
        }
        agentsByGoal.put(levers.serviceLevelPercent() + "/" + levers.occupancyCapPercent(), agents);
        return required;
    }

    /** The queue with the setting's goal and occupancy cap, as a scenario's levers set them. */
    static QueueDemand queueAt(QueueDemand queue, FrontierLevers levers) {
        ServiceGoal g = queue.model().goal();
        double sl = queue.model().kind() == QueueModel.Kind.DEFERRED || levers.serviceLevelPercent() == null
                ? g.serviceLevel() : levers.serviceLevelPercent() / 100;
        ServiceGoal changed = new ServiceGoal(sl, g.thresholdSeconds(), levers.occupancyCapPercent() / 100,
                g.maxAsaSeconds());
        return queue.withModel(queue.model().withGoal(changed));
    }

    private OnboardingPath path(String queueCode, FrontierLevers levers) {
        OnboardingPath p = input.paths().get(queueCode);
        if (p == null) {
            p = new OnboardingPath("-", levers.classroomWeeks(), levers.nestingWeeks(), 1.0, 12);
        }
        return p.withClassroomWeeks(levers.classroomWeeks()).withNestingWeeks(levers.nestingWeeks());
    }

    /**
     * Classes closing a gap of {@code gap} FTE in week {@code w}: starting so that they are fully proficient by then,
     * or as early as recruiting allows; as many as the room needs, of equal size, none smaller than the minimum.
     */
    private List<HiringClass> classesFor(QueueDemand queue, OnboardingPath path, int w, double gap,
            AttritionModel attrition, double keep) {
        LocalDate week = settings.week(w);
        LocalDate start = week.minusWeeks(path.onboardingWeeks());
        if (start.isBefore(input.earliestStart())) {
            start = input.earliestStart();
        }
        if (start.plusWeeks(path.classroomWeeks()).isAfter(week)) {
            return List.of();
        }
        HiringClass probe = new HiringClass(queue.queueCode(), queue.siteCode(), start, 1, path, true);
        double perHire = probe.ftePerHire(week, attrition, AttritionModel.Bound.EXPECTED) * keep;
        if (perHire <= 0) {
            return List.of();
        }
        int needed = Math.max(input.minClassSize(), (int) Math.ceil(gap / perHire - 1e-9));
        int count = (needed + path.roomSeats() - 1) / path.roomSeats();
        int size = Math.max(input.minClassSize(), (needed + count - 1) / count);
        List<HiringClass> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new HiringClass(queue.queueCode(), queue.siteCode(), start, Math.min(size, path.roomSeats()), path,
                    true));
        }
        return out;
    }

    private void add(HiringClass c, double[] supply, AttritionModel attrition, double keep) {
        for (int w = 0; w < weeks; w++) {
            supply[w] += c.size() * c.ftePerHire(settings.week(w), attrition, AttritionModel.Bound.EXPECTED) * keep;
        }
    }

    /** The change in the share of hires leaving within 13 weeks the setting's onboarding brings (0 if untold). */
    private double earlyExitChange(FrontierLevers levers) {
        LeverModel m = input.earlyExit();
        if (!m.enough()) {
            return 0;
        }
        Map<Term, Double> l = LeverModel.levers(levers.classroomWeeks(), levers.nestingWeeks(), levers.coachingHours());
        Map<Term, Double> now = LeverModel.levers(input.practice().classroomWeeks(), input.practice().nestingWeeks(),
                input.practice().coachingHours());
        return m.predict(0, l).value() - m.predict(0, now).value();
    }

    private int queueIndex(String code) {
        List<QueueDemand> queues = input.plan().queues();
        for (int q = 0; q < queues.size(); q++) {
            if (queues.get(q).queueCode().equals(code)) {
                return q;
            }
        }
        return -1;
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
