package dev.frontline.capacity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.capacity.engine.AttritionModel;
import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.HiringLimits;
import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.engine.PlanSettings;
import dev.frontline.capacity.engine.QueueDemand;
import dev.frontline.capacity.engine.QueueModel;
import dev.frontline.capacity.engine.SupplyAgent;
import dev.frontline.capacity.engine.TrainingLoad;
import dev.frontline.capacity.engine.WeeklyDemand;
import dev.frontline.capacity.persistence.CapacitySourceRepository;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.shared.text.Phrase;
import dev.frontline.staffing.engine.ServiceGoal;

/**
 * Turns the centre's records and a scenario's levers into the engine's input (docs/capacity.md, "Where the figures
 * come from"): queues with their goals and weekly shape, employed agents split over the queues they hold, recent skill
 * gains as ramps, open enrolments as off-phone hours, the hazard by tenure from the attrition analysis, and the
 * onboarding path as the hiring classes' path.
 */
@Component
class CapacityInputs {

    /** Paid hours of one FTE a week. */
    static final double HOURS_PER_FTE = 40;
    /** Shrinkage the plan applies every month (breaks, meetings, absence) where no better figure is known. */
    static final double SHRINKAGE = 0.30;
    /** The occupancy cap of every queue unless a scenario sets one. */
    static final double OCCUPANCY_CAP = 0.85;
    /** Weeks from deciding to hire to the class's first day. */
    static final int RECRUITING_LEAD_WEEKS = 4;
    static final int MIN_CLASS_SIZE = 4;
    static final int DEFAULT_ROOM_SEATS = 12;
    /** Weeks of history the intraweek shape is taken from. */
    static final int SHAPE_WEEKS = 8;
    static final double SOLVER_SECONDS = 5;

    private final CapacitySourceRepository sources;
    private final AttritionService attrition;
    private final CapacityDemandSource demand;

    CapacityInputs(CapacitySourceRepository sources, AttritionService attrition, CapacityDemandSource demand) {
        this.sources = sources;
        this.attrition = attrition;
        this.demand = demand;
    }

    /** The engine input (without classes), the optimiser's limits and the centre's annual turnover. */
    record Prepared(CapacityInput input, HiringLimits limits, Map<String, OnboardingPath> paths, double annualTurnoverPercent) {
    }

    /** Inputs that do not depend on a scenario's levers, read once for all scenarios of a plan. */
    record Base(PlanSettings settings, List<QueueDemand> queues, List<SupplyAgent> agents, List<TrainingLoad> training,
            List<BandHazard> hazards, Map<String, OnboardingPath> paths, Map<String, Integer> parallelClasses,
            LocalDate earliestStart) {
    }

    int maxWeeks() {
        return Math.min(PlanSettings.MAX_WEEKS, demand.maxWeeks());
    }

    Base read(LocalDate firstWeek, int weeks, LocalDate today) {
        PlanSettings settings = new PlanSettings(firstWeek, weeks, HOURS_PER_FTE, PlanSettings.sameEveryMonth(SHRINKAGE));
        List<CapacitySources.Agent> agents = sources.agentsEmployedOn(firstWeek);
        List<CapacitySources.Queue> queues = sources.queues();
        // a queue's site: where most of the agents holding its skill are based
        Map<String, String> siteOf = new HashMap<>();
        for (CapacitySources.Queue q : queues) {
            Map<String, Integer> bySite = new HashMap<>();
            agents.stream().filter(a -> a.skills().containsKey(q.skillCode()))
                    .forEach(a -> bySite.merge(a.siteCode(), 1, Integer::sum));
            siteOf.put(q.code(), bySite.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("-"));
        }
        List<CapacitySources.Path> onboarding = sources.onboardingPaths();
        Optional<CapacitySources.Path> path = onboarding.stream().findFirst();
        int nesting = path.map(CapacitySources.Path::nestingWeeks).orElse(0);
        double nestingFrom = path.map(CapacitySources.Path::nestingProficiency).orElse(1.0);

        List<QueueDemand> demands = new ArrayList<>();
        Map<String, OnboardingPath> paths = new LinkedHashMap<>();
        Map<String, Integer> parallel = new HashMap<>();
        for (CapacitySources.Queue q : queues) {
            List<WeeklyDemand> weeksOf = demand.weeks(q.code(), firstWeek, weeks);
            if (weeksOf.isEmpty()) {
                // a queue without contact history has nothing to plan for yet
                continue;
            }
            if (weeksOf.size() < weeks) {
                throw new CapacityRefusal("weeks", Phrase.of("capacity.error.forecast-short", q.name(), weeksOf.size(), weeks));
            }
            demands.add(new QueueDemand(q.code(), siteOf.get(q.code()), model(q), shares(q), 60, weeksOf.subList(0, weeks)));
            path.ifPresent(p -> {
                OnboardingPath op = new OnboardingPath(p.code(), (int) Math.ceil(p.classroomHours() / HOURS_PER_FTE - 1e-9),
                        p.nestingWeeks(), p.nestingProficiency() == null ? 1.0 : p.nestingProficiency(),
                        p.roomSeats() == null ? DEFAULT_ROOM_SEATS : p.roomSeats());
                paths.put(q.code(), op);
                parallel.put(siteOf.get(q.code()), Math.max(1, p.trainers()));
            });
        }

        // each agent's contract hours shared equally over the plan's queues whose skill they hold
        Map<String, List<String>> queuesOfSkill = new HashMap<>();
        for (CapacitySources.Queue q : queues) {
            queuesOfSkill.computeIfAbsent(q.skillCode(), k -> new ArrayList<>()).add(q.code());
        }
        Map<String, LocalDate> lastGain = new HashMap<>();
        sources.skillGainsSince(firstWeek.minusWeeks(Math.max(1, nesting))).forEach(g ->
                lastGain.merge(g.employeeNumber() + "/" + g.skillCode(), g.gainedOn(), (a, b) -> a.isAfter(b) ? a : b));
        List<SupplyAgent> supply = new ArrayList<>();
        Map<String, List<String>> queuesOfAgent = new HashMap<>();
        for (CapacitySources.Agent a : agents) {
            List<String[]> held = new ArrayList<>();
            a.skills().forEach((skill, proficiency) -> queuesOfSkill.getOrDefault(skill, List.of())
                    .forEach(queue -> held.add(new String[] {queue, skill, proficiency.toString()})));
            if (held.isEmpty()) {
                continue;
            }
            double fte = a.maxMinutesPerWeek() / 60.0 / HOURS_PER_FTE / held.size();
            List<String> mine = new ArrayList<>();
            for (String[] h : held) {
                mine.add(h[0]);
                double proficiency = Double.parseDouble(h[2]);
                LocalDate gained = lastGain.get(a.employeeNumber() + "/" + h[1]);
                if (gained != null && nesting > 0) {
                    supply.add(new SupplyAgent(a.employeeNumber(), h[0], a.hireDate(), fte, proficiency, gained,
                            Math.min(proficiency, nestingFrom), nesting));
                } else {
                    supply.add(SupplyAgent.steady(a.employeeNumber(), h[0], a.hireDate(), fte, proficiency));
                }
            }
            queuesOfAgent.put(a.employeeNumber(), mine);
        }

        // open enrolments: their off-phone hours spread evenly over the weeks until they are due
        List<TrainingLoad> training = new ArrayList<>();
        for (CapacitySources.OpenEnrolment e : sources.openEnrolments(firstWeek)) {
            List<String> mine = queuesOfAgent.get(e.employeeNumber());
            if (mine == null) {
                continue;
            }
            LocalDate from = e.enrolledOn().isBefore(firstWeek) ? firstWeek : e.enrolledOn();
            LocalDate fromWeek = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            LocalDate toWeek = e.dueDate().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            int span = (int) ChronoUnit.WEEKS.between(fromWeek, toWeek) + 1;
            for (int w = 0; w < span; w++) {
                for (String queue : mine) {
                    training.add(new TrainingLoad(queue, fromWeek.plusWeeks(w), e.offPhoneHours() / span / mine.size()));
                }
            }
        }
        LocalDate nextMonday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        LocalDate earliest = nextMonday.plusWeeks(RECRUITING_LEAD_WEEKS);
        if (earliest.isBefore(firstWeek)) {
            earliest = firstWeek;
        }
        return new Base(settings, demands, supply, training, attrition.hazardByTenure(), paths, parallel, earliest);
    }

    static QueueModel model(CapacitySources.Queue q) {
        if (q.channel() == ChannelType.VOICE || q.channel() == ChannelType.VIDEO) {
            return QueueModel.voice(goal(q));
        }
        if (q.channel() == ChannelType.CHAT) {
            return QueueModel.chat(goal(q), q.chatConcurrency() == null ? 1 : q.chatConcurrency());
        }
        return QueueModel.deferred(OCCUPANCY_CAP);
    }

    private static ServiceGoal goal(CapacitySources.Queue q) {
        return ServiceGoal.of(q.slTargetPercent(), q.slThresholdSeconds()).withMaxOccupancyPercent(OCCUPANCY_CAP * 100);
    }

    private double[] shares(CapacitySources.Queue q) {
        // shares of the week do not depend on the clock they are read in, so UTC serves every queue
        double[] shape = sources.weekShape(q.id(), "UTC", SHAPE_WEEKS);
        double total = 0;
        int open = 0;
        for (double v : shape) {
            total += v;
            open += v > 0 ? 1 : 0;
        }
        if (total <= 0) {
            // no history: 08:00–20:00 every day, evenly
            double[] flat = new double[7 * 12];
            java.util.Arrays.fill(flat, 1.0 / flat.length);
            return flat;
        }
        double[] shares = new double[open];
        int i = 0;
        for (double v : shape) {
            if (v > 0) {
                shares[i++] = v / total;
            }
        }
        return shares;
    }

    /** A scenario's input: the base with its levers applied, and the optimiser's limits. */
    Prepared apply(Base base, ScenarioLevers levers, List<HiringClass> plannerClasses) {
        double volume = 1 + levers.volumePercent() / 100;
        double aht = 1 + levers.ahtPercent() / 100;
        List<QueueDemand> queues = new ArrayList<>();
        for (QueueDemand q : base.queues()) {
            QueueDemand changed = q.withWeeks(q.weeks().stream().map(w -> w.scaled(volume, aht)).toList());
            ServiceGoal g = changed.model().goal();
            if (changed.model().kind() != QueueModel.Kind.DEFERRED) {
                double sl = levers.serviceLevelPercent() == null ? g.serviceLevel() : levers.serviceLevelPercent() / 100;
                double t = levers.thresholdSeconds() == null ? g.thresholdSeconds() : levers.thresholdSeconds();
                g = new ServiceGoal(sl, t, g.maxOccupancy(), g.maxAsaSeconds());
            }
            if (levers.occupancyCapPercent() != null) {
                g = new ServiceGoal(g.serviceLevel(), g.thresholdSeconds(), levers.occupancyCapPercent() / 100,
                        g.maxAsaSeconds());
            }
            queues.add(changed.withModel(changed.model().withGoal(g)));
        }
        Map<String, OnboardingPath> paths = new LinkedHashMap<>();
        base.paths().forEach((queue, p) -> paths.put(queue, withLevers(p, levers)));
        AttritionModel model = AttritionModel.of(base.hazards()).withAnnualPoints(levers.attritionPoints());
        List<HiringClass> fixed = plannerClasses.stream().map(c -> {
            OnboardingPath p = paths.getOrDefault(c.queueCode(), c.path());
            return new HiringClass(c.queueCode(), c.siteCode(), c.start(), Math.min(c.size(), p.roomSeats()), p, false);
        }).toList();
        CapacityInput input = new CapacityInput(base.settings(), queues, base.agents(), model,
                withCoaching(base, levers.coachingHoursPerWeek()), fixed);
        HiringLimits limits = new HiringLimits(base.earliestStart(), MIN_CLASS_SIZE,
                paths.values().stream().mapToInt(OnboardingPath::roomSeats).max().orElse(DEFAULT_ROOM_SEATS),
                base.parallelClasses(), levers.hiringBudget() == null ? 100_000 : levers.hiringBudget(), paths,
                SOLVER_SECONDS);
        return new Prepared(input, limits, paths, annualTurnoverPercent(base.hazards()));
    }

    /** The onboarding path with a scenario's classroom and nesting lengths. */
    static OnboardingPath withLevers(OnboardingPath p, ScenarioLevers levers) {
        OnboardingPath changed = levers.classroomWeeks() == null ? p : p.withClassroomWeeks(levers.classroomWeeks());
        return levers.nestingWeeks() == null ? changed : changed.withNestingWeeks(levers.nestingWeeks());
    }

    /**
     * The enrolments' off-phone hours plus the coaching time set aside: every week, the hours times today's agents' FTE
     * on the queue (the frontier's {@code CoachingTime} counts it the same way).
     */
    static List<TrainingLoad> withCoaching(Base base, Double hoursPerWeek) {
        if (hoursPerWeek == null || hoursPerWeek == 0) {
            return base.training();
        }
        Map<String, Double> fteByQueue = new LinkedHashMap<>();
        base.agents().forEach(a -> fteByQueue.merge(a.queueCode(), a.fte(), Double::sum));
        List<TrainingLoad> loads = new ArrayList<>(base.training());
        for (int w = 0; w < base.settings().weeks(); w++) {
            LocalDate week = base.settings().week(w);
            fteByQueue.forEach((queue, fte) -> loads.add(new TrainingLoad(queue, week, hoursPerWeek * fte)));
        }
        return loads;
    }

    /** The centre's annual turnover implied by the hazards: all exits over all agent-months, annualised. */
    static double annualTurnoverPercent(List<BandHazard> hazards) {
        double exposure = hazards.stream().mapToDouble(BandHazard::exposureMonths).sum();
        int exits = hazards.stream().mapToInt(BandHazard::exits).sum();
        return exposure > 0 ? 100 * (1 - Math.exp(-12.0 * exits / exposure)) : 0;
    }

    List<BandHazard> hazards() {
        return attrition.hazardByTenure();
    }

    String fingerprint() {
        return sources.inputsFingerprint();
    }
}
