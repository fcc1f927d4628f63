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
import dev.frontline.capacity.engine.CrossSkilling;
import dev.frontline.capacity.engine.OfficeSeats;
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
import dev.frontline.shared.time.PublicHolidays;
import dev.frontline.staffing.ShrinkageTable;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.persistence.ShrinkageRepository;
import dev.frontline.training.LearningCurves;

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

    /** Days a week an office-eligible agent works, over which their contract's office days are counted. */
    static final double WORKDAYS_PER_WEEK = 5;

    private final CapacitySourceRepository sources;
    private final AttritionService attrition;
    private final CapacityDemandSource demand;
    private final ShrinkageRepository shrinkage;
    private final LearningCurves curves;

    CapacityInputs(CapacitySourceRepository sources, AttritionService attrition, CapacityDemandSource demand,
            ShrinkageRepository shrinkage, LearningCurves curves) {
        this.curves = curves;
        this.sources = sources;
        this.attrition = attrition;
        this.demand = demand;
        this.shrinkage = shrinkage;
    }

    /** The engine input (without classes), the optimiser's limits and the centre's annual turnover. */
    record Prepared(CapacityInput input, HiringLimits limits, Map<String, OnboardingPath> paths, double annualTurnoverPercent) {
    }

    /**
     * Inputs that do not depend on a scenario's levers, read once for all scenarios of a plan: besides the engine's
     * inputs, every onboarding path by code and the sites (for the planner's classes).
     */
    record Base(PlanSettings settings, List<QueueDemand> queues, List<SupplyAgent> agents, List<TrainingLoad> training,
            List<BandHazard> hazards, Map<String, OnboardingPath> paths, Map<String, Integer> parallelClasses,
            LocalDate earliestStart, Map<String, OnboardingPath> pathsByCode, List<String> siteCodes) {
    }

    int maxWeeks() {
        return Math.min(PlanSettings.MAX_WEEKS, demand.maxWeeks());
    }

    Base read(LocalDate firstWeek, int weeks, LocalDate today) {
        // the plan's shrinkage is the fallback: every queue has its own from the shrinkage table
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

        Map<String, OnboardingPath> pathsByCode = new LinkedHashMap<>();
        onboarding.forEach(p -> pathsByCode.put(p.code(), onboardingPath(p)));
        ShrinkageTable table = new ShrinkageTable(shrinkage.findAll());
        double leaveDays = sources.leaveDaysPerYear(firstWeek);
        List<QueueDemand> demands = new ArrayList<>();
        Map<String, OnboardingPath> paths = new LinkedHashMap<>();
        Map<String, Integer> parallel = new HashMap<>();
        Map<String, double[]> rawShape = new HashMap<>();
        for (CapacitySources.Queue q : queues) {
            List<WeeklyDemand> weeksOf = demand.weeks(q.code(), firstWeek, weeks);
            if (weeksOf.isEmpty()) {
                // a queue without contact history has nothing to plan for yet
                continue;
            }
            if (weeksOf.size() < weeks) {
                throw new CapacityRefusal("weeks", Phrase.of("capacity.error.forecast-short", q.name(), weeksOf.size(), weeks));
            }
            // in the queue's own clock, so the weekdays match the shrinkage table's (the shares would be the same in any)
            double[] shape = sources.weekShape(q.id(), q.timeZone(), SHAPE_WEEKS);
            rawShape.put(q.code(), shape);
            MonthlyShrinkage monthly = MonthlyShrinkage.of(table, q, shape, firstWeek, weeks, SHRINKAGE, leaveDays,
                    holidays(q, firstWeek, weeks));
            demands.add(new QueueDemand(q.code(), siteOf.get(q.code()), model(q), shares(shape), 60,
                    weeksOf.subList(0, weeks), monthly.byMonth(), null));
            path.ifPresent(p -> {
                paths.put(q.code(), pathsByCode.get(p.code()));
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
        SeatShares seatShares = new SeatShares();
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
                seatShares.add(a, h[0], fte);
                double proficiency = Double.parseDouble(h[2]);
                LocalDate gained = lastGain.get(a.employeeNumber() + "/" + h[1]);
                if (gained != null && nesting > 0) {
                    // a skill gained lately rises along the centre's learning curve, as the roster and staffing count it
                    supply.add(new SupplyAgent(a.employeeNumber(), h[0], a.hireDate(), fte, proficiency, gained,
                            Math.min(proficiency, nestingFrom), nesting).alongCurve(curves.inUse().curve()));
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
        List<CapacitySources.Site> sites = sources.sites();
        List<QueueDemand> seated = demands.stream().map(q -> q.withSeats(seatShares.seats(q, rawShape.get(q.queueCode()),
                sites, settings))).toList();
        return new Base(settings, seated, supply, training, attrition.hazardByTenure(), paths, parallel, earliest,
                pathsByCode, sites.stream().map(CapacitySources.Site::code).toList());
    }

    private static OnboardingPath onboardingPath(CapacitySources.Path p) {
        return new OnboardingPath(p.code(), (int) Math.ceil(p.classroomHours() / HOURS_PER_FTE - 1e-9),
                p.nestingWeeks(), p.nestingProficiency() == null ? 1.0 : p.nestingProficiency(),
                p.roomSeats() == null ? DEFAULT_ROOM_SEATS : p.roomSeats());
    }

    /**
     * Who needs an office seat: each queue's FTE by site from agents who may work in the office (weighted by the
     * share of their week their contract keeps them there, which gives the centre's home share) and from agents who
     * work from home only. A site's seats are shared over its queues in proportion to their office-eligible FTE.
     */
    static final class SeatShares {
        private final Map<String, Map<String, Double>> eligibleBySite = new HashMap<>();
        private final Map<String, Double> homeOnly = new HashMap<>();
        private double eligible;
        private double atOffice;

        void add(CapacitySources.Agent a, String queue, double fte) {
            if (!a.officeEligible()) {
                homeOnly.merge(queue, fte, Double::sum);
                return;
            }
            eligibleBySite.computeIfAbsent(a.siteCode(), k -> new HashMap<>()).merge(queue, fte, Double::sum);
            eligible += fte;
            atOffice += fte * Math.min(1, a.minOfficeDaysPerWeek() / WORKDAYS_PER_WEEK);
        }

        /** The centre's share of office-eligible work done from home: what the contracts do not require in the office. */
        double homeShare() {
            return eligible > 0 ? 1 - atOffice / eligible : 1;
        }

        OfficeSeats seats(QueueDemand q, double[] shape, List<CapacitySources.Site> sites, PlanSettings settings) {
            double peak = java.util.Arrays.stream(q.weekShares()).max().orElse(0);
            double shrink = java.util.Arrays.stream(q.shrinkageByMonth()).average().orElse(SHRINKAGE);
            // a seat holds one agent at a time: over a week it seats the paid hours of (1 / peak share) intervals
            double ftePerSeat = peak > 0 ? q.intervalMinutes() / 60.0 / peak / settings.hoursPerFte() / (1 - shrink) : 0;
            double officeFte = 0;
            for (CapacitySources.Site site : sites) {
                Map<String, Double> bySite = eligibleBySite.getOrDefault(site.code(), Map.of());
                double siteFte = bySite.values().stream().mapToDouble(Double::doubleValue).sum();
                if (siteFte > 0 && site.officeSeats() != null) {
                    officeFte += site.officeSeats() * bySite.getOrDefault(q.queueCode(), 0.0) / siteFte * ftePerSeat;
                }
            }
            return new OfficeSeats(officeFte, homeShare(), homeOnly.getOrDefault(q.queueCode(), 0.0));
        }
    }

    /** The onboarding paths' codes and the sites' codes a planner's class may take. */
    CapacityService.ClassChoices classChoices() {
        return new CapacityService.ClassChoices(sources.onboardingPaths().stream().map(CapacitySources.Path::code).toList(),
                sources.sites().stream().map(CapacitySources.Site::code).toList());
    }

    /** Where the shrinkage of each of these queues comes from, for a plan of these weeks. */
    List<Phrase> shrinkageNotes(LocalDate firstWeek, int weeks, java.util.Set<String> queueCodes) {
        ShrinkageTable table = new ShrinkageTable(shrinkage.findAll());
        double leaveDays = sources.leaveDaysPerYear(firstWeek);
        return sources.queues().stream().filter(q -> queueCodes.contains(q.code()))
                .map(q -> MonthlyShrinkage.of(table, q, sources.weekShape(q.id(), q.timeZone(), SHAPE_WEEKS), firstWeek,
                        weeks, SHRINKAGE, leaveDays, holidays(q, firstWeek, weeks)).note())
                .toList();
    }

    /** The public holidays of the queue's country within the plan; none when there is no calendar for it. */
    private static java.util.Set<LocalDate> holidays(CapacitySources.Queue q, LocalDate firstWeek, int weeks) {
        try {
            return PublicHolidays.between(q.countryCode(), firstWeek, firstWeek.plusWeeks(weeks).minusDays(1));
        } catch (IllegalArgumentException noCalendar) {
            return java.util.Set.of();
        }
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

    private static double[] shares(double[] shape) {
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
            changed = changed.withModel(changed.model().withGoal(g));
            if (levers.homeSharePercent() != null && changed.seats() != null) {
                changed = changed.withSeats(changed.seats().withHomeShare(levers.homeSharePercent() / 100));
            }
            queues.add(changed);
        }
        Map<String, OnboardingPath> paths = new LinkedHashMap<>();
        base.paths().forEach((queue, p) -> paths.put(queue, path(p, levers)));
        AttritionModel model = AttritionModel.of(base.hazards()).withAnnualPoints(levers.attritionPoints());
        // the planner's classes keep their own path, with the scenario's onboarding length
        List<HiringClass> fixed = plannerClasses.stream().map(c -> {
            OnboardingPath p = path(base.pathsByCode().getOrDefault(c.path().code(), c.path()), levers);
            return new HiringClass(c.queueCode(), c.siteCode(), c.start(), Math.min(c.size(), p.roomSeats()), p, false);
        }).toList();
        List<SupplyAgent> agents = base.agents();
        if (levers.crossSkills()) {
            OnboardingPath ramp = paths.values().stream().findFirst().orElse(null);
            agents = CrossSkilling.apply(agents,
                    queues.stream().filter(q -> q.model().kind() == QueueModel.Kind.VOICE).map(QueueDemand::queueCode)
                            .collect(java.util.stream.Collectors.toSet()),
                    queues.stream().filter(q -> q.model().kind() == QueueModel.Kind.CHAT).map(QueueDemand::queueCode)
                            .toList(),
                    levers.crossSkillAgents(), levers.crossSkillFrom(),
                    ramp == null ? 1.0 : ramp.nestingProficiency(), ramp == null ? 0 : ramp.nestingWeeks());
        }
        CapacityInput input = new CapacityInput(base.settings(), queues, agents, model,
                withCoaching(base, levers.coachingHoursPerWeek()), fixed);
        HiringLimits limits = new HiringLimits(base.earliestStart(), MIN_CLASS_SIZE,
                paths.values().stream().mapToInt(OnboardingPath::roomSeats).max().orElse(DEFAULT_ROOM_SEATS),
                base.parallelClasses(), levers.hiringBudget() == null ? 100_000 : levers.hiringBudget(), paths,
                SOLVER_SECONDS);
        return new Prepared(input, limits, paths, annualTurnoverPercent(base.hazards()));
    }

    /** A path with the scenario's onboarding length and, within it, its classroom length; then its nesting length. */
    static OnboardingPath path(OnboardingPath p, ScenarioLevers levers) {
        OnboardingPath out = levers.onboardingWeeks() == null ? p : p.withOnboardingWeeks(levers.onboardingWeeks());
        if (levers.classroomWeeks() != null) {
            int total = levers.onboardingWeeks() == null ? out.onboardingWeeks()
                    : Math.max(levers.onboardingWeeks(), levers.classroomWeeks());
            out = new OnboardingPath(out.code(), levers.classroomWeeks(),
                    levers.onboardingWeeks() == null ? out.nestingWeeks() : total - levers.classroomWeeks(),
                    out.nestingProficiency(), out.roomSeats());
        }
        return levers.nestingWeeks() == null ? out : out.withNestingWeeks(levers.nestingWeeks());

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
