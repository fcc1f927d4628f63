package dev.frontline.quality.planactual;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.quality.planactual.engine.Measure;
import dev.frontline.quality.planactual.engine.PlanActualInterval;
import dev.frontline.quality.planactual.engine.ServiceCurve;
import dev.frontline.quality.planactual.engine.ServiceGap;
import dev.frontline.quality.planactual.engine.ServiceGapAnalysis;
import dev.frontline.quality.planactual.persistence.PlanActualRepository;
import dev.frontline.roster.service.RosterCoverageService;
import dev.frontline.staffing.RequirementRow;
import dev.frontline.staffing.RequirementVersionHorizon;
import dev.frontline.staffing.RequirementVersionReader;
import dev.frontline.staffing.RequirementVersionSummary;

/**
 * Plan against actual per queue and week, day and interval, for planners and HR: forecast against actual volume and
 * AHT, required against scheduled against staffed agents, the goal against the service achieved, and the gap
 * explained by {@link ServiceGapAnalysis}.
 *
 * <p><b>Which plan counts.</b> For a period (a week, or a day within it) the plan is the newest requirement version
 * made before the period's week began (its {@code created_at} before Monday 00:00 in the queue's zone) whose forecast
 * covers every day of that week; a later re-forecast does not rewrite what the planner knew. Scheduled agents are the
 * published roster covering the interval, counted by the roster's own coverage rule (agents present after breaks,
 * allocated to their queues, up to the queue's requirement); the agents the plan expected on the phones are those net
 * of the unscheduled shrinkage (absence, meetings) the requirement assumed. Without a roster the plan expected the
 * requirement itself.
 */
@Service
@PreAuthorize("hasAnyRole('PLANNER', 'HR')")
public class PlanActualService {

    /** The longest range one request may ask for. */
    public static final int MAX_WEEKS = 26;

    private final PlanActualRepository repository;
    private final RosterCoverageService rosters;
    private final RequirementVersionReader requirements;

    PlanActualService(PlanActualRepository repository, RosterCoverageService rosters,
                      RequirementVersionReader requirements) {
        this.repository = repository;
        this.rosters = rosters;
        this.requirements = requirements;
    }

    /** Every requirement version of the queue with its forecast, newest first: the candidates for a week's plan. */
    private List<PlanVersion> planVersions(long queueId) {
        List<PlanVersion> versions = new ArrayList<>();
        for (RequirementVersionHorizon h : requirements.versionsOfQueue(queueId)) {
            RequirementVersionSummary v = h.version();
            versions.add(new PlanVersion(v.id(), v.forecastVersionId(), v.createdAt(), h.horizonStart(), h.horizonEnd(),
                    h.grainMinutes(), h.forecastMethod(), v.model().name(), v.slTargetPercent(), v.slThresholdSeconds(),
                    v.responseGoalHours(), v.patienceSeconds()));
        }
        return versions;
    }

    /** A requirement version's intervals in {@code [from, to)}. */
    private List<PlanRow> planRows(long requirementVersionId, Instant from, Instant to) {
        List<PlanRow> rows = new ArrayList<>();
        for (RequirementRow r : requirements.intervals(requirementVersionId, from, to)) {
            rows.add(new PlanRow(r.intervalStart().toInstant(), r.offered(), r.ahtSeconds(), r.requiredAgents(),
                    r.shrinkagePercent(), r.scheduledAgents()));
        }
        return rows;
    }

    public List<PlanQueue> queues() {
        return repository.queues();
    }

    /** Week by week from the week holding {@code from} to the week holding {@code to}. */
    public PlanActualReport weeks(String queueCode, LocalDate from, LocalDate to) {
        PlanQueue queue = queue(queueCode);
        checkRange(from, to);
        LocalDate first = monday(from);
        LocalDate last = monday(to);
        Context context = context(queue, first, last.plusDays(6));
        List<PlanActualPeriod> periods = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            WeekFigures week = week(context, monday);
            periods.add(period(context, week, monday, monday.plusDays(6), week.intervals()));
        }
        return new PlanActualReport(queue, measure(queue), goal(queue), first, last.plusDays(6), periods);
    }

    /** Day by day within the week holding {@code day}. */
    public PlanActualReport days(String queueCode, LocalDate day) {
        PlanQueue queue = queue(queueCode);
        if (day == null) {
            throw new PlanActualInputException("week", "planactual.error.week-required", "choose a week");
        }
        LocalDate monday = monday(day);
        Context context = context(queue, monday, monday.plusDays(6));
        WeekFigures week = week(context, monday);
        List<PlanActualPeriod> periods = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            Instant start = date.atStartOfDay(queue.zone()).toInstant();
            Instant end = date.plusDays(1).atStartOfDay(queue.zone()).toInstant();
            List<PlanActualInterval> ofDay = week.intervals().stream()
                    .filter(i -> !i.start().isBefore(start) && i.start().isBefore(end)).toList();
            periods.add(period(context, week, date, date, ofDay));
        }
        return new PlanActualReport(queue, measure(queue), goal(queue), monday, monday.plusDays(6), periods);
    }

    /** The intervals of one day, plan beside actual, for the day's chart. */
    public List<IntervalFigure> intervals(String queueCode, LocalDate day) {
        PlanQueue queue = queue(queueCode);
        if (day == null) {
            throw new PlanActualInputException("day", "planactual.error.day-required", "choose a day");
        }
        LocalDate monday = monday(day);
        Context context = context(queue, monday, monday.plusDays(6));
        WeekFigures week = week(context, monday);
        Instant start = day.atStartOfDay(queue.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(queue.zone()).toInstant();
        List<IntervalFigure> figures = new ArrayList<>();
        for (PlanActualInterval i : week.intervals()) {
            if (i.start().isBefore(start) || !i.start().isBefore(end)) {
                continue;
            }
            double planned = week.curve() == null || i.forecastContacts() <= 0 ? Double.NaN
                    : 100 * week.curve().serviceLevel(i.forecastContacts(), i.forecastAhtSeconds(), i.plannedAgents());
            double achieved = Double.isNaN(i.achieved()) ? Double.NaN
                    : queue.deferred() ? i.achieved() / 3600 : 100 * i.achieved();
            figures.add(new IntervalFigure(i.start(), i.forecastContacts(), i.actualContacts(), i.requiredAgents(),
                    i.scheduledAgents(), i.plannedAgents(), i.staffedAgents(), planned, achieved));
        }
        return figures;
    }

    /**
     * The intervals of a week as the plan staffed them, with the agents it expected on the phones (for the demo, which
     * makes its service actuals from them); empty when no plan counts for the week.
     */
    public List<PlanActualInterval> plannedIntervals(String queueCode, LocalDate monday) {
        PlanQueue queue = queue(queueCode);
        Context context = context(queue, monday, monday.plusDays(6));
        WeekFigures week = week(context, monday);
        return week.plan() == null ? List.of() : week.intervals();
    }

    // ------------------------------------------------------------------------------------------------- internals

    private PlanQueue queue(String code) {
        if (code == null || code.isBlank()) {
            throw new PlanActualInputException("queue", "planactual.error.queue-required", "choose a queue");
        }
        return repository.queue(code.strip()).orElseThrow(() -> new PlanActualInputException("queue",
                "planactual.error.queue-unknown", "no queue '" + code.strip() + "'", code.strip()));
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new PlanActualInputException(from == null ? "from" : "to", "planactual.error.range-required",
                    "give the first and the last day");
        }
        if (from.isAfter(to)) {
            throw new PlanActualInputException("from", "planactual.error.from-after-to",
                    "the first day " + from + " is after the last day " + to, from, to);
        }
        long weeks = ChronoUnit.WEEKS.between(monday(from), monday(to)) + 1;
        if (weeks > MAX_WEEKS) {
            throw new PlanActualInputException("to", "planactual.error.range-too-long",
                    "the range covers " + weeks + " weeks; at most " + MAX_WEEKS + " at a time", weeks, MAX_WEEKS);
        }
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Measure measure(PlanQueue queue) {
        return queue.deferred() ? Measure.RESPONSE_HOURS : Measure.SERVICE_LEVEL;
    }

    static double goal(PlanQueue queue) {
        Double goal = queue.deferred() ? queue.responseGoalHours() : queue.slTargetPercent();
        return goal == null ? Double.NaN : goal;
    }

    /** Everything a range needs read once: the queue, its plan versions and the published rosters' coverage. */
    private record Context(PlanQueue queue, List<PlanVersion> versions, Map<Instant, Double> scheduled,
            List<RosterPeriod> rosters) {
    }

    private record RosterPeriod(long id, String name, LocalDate first, LocalDate last) {
    }

    private record WeekFigures(PlanVersion plan, RosterPeriod roster, ServiceCurve curve, List<PlanActualInterval> intervals) {
    }

    private Context context(PlanQueue queue, LocalDate first, LocalDate last) {
        Map<Instant, Double> scheduled = new HashMap<>();
        List<RosterPeriod> periods = new ArrayList<>();
        for (RosterCoverageService.PublishedCoverage coverage : rosters.publishedCoverage(first.minusDays(1), last.plusDays(1))) {
            periods.add(new RosterPeriod(coverage.version().id(), coverage.version().name(), coverage.version().firstDay(),
                    coverage.version().lastDay()));
            coverage.cells().stream().filter(c -> c.queueCode().equals(queue.code()))
                    .forEach(c -> scheduled.put(c.start(), c.scheduled()));
        }
        return new Context(queue, planVersions(queue.id()), scheduled, periods);
    }

    /** The plan of the week starting {@code monday}: the newest made before it began that covers the week. */
    static Optional<PlanVersion> planOf(List<PlanVersion> versions, LocalDate monday, ZoneId zone) {
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        return versions.stream()
                .filter(v -> v.madeAt().toInstant().isBefore(weekStart) && v.covers(monday, monday.plusDays(6)))
                .max(java.util.Comparator.comparing((PlanVersion v) -> v.madeAt()).thenComparing(PlanVersion::requirementVersionId));
    }

    private WeekFigures week(Context context, LocalDate monday) {
        PlanQueue queue = context.queue();
        ZoneId zone = queue.zone();
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<ActualRow> actuals = repository.actuals(queue.id(), start, end);
        PlanVersion plan = planOf(context.versions(), monday, zone).orElse(null);
        int grain = plan != null ? plan.grainMinutes()
                : actuals.stream().mapToInt(ActualRow::minutes).max().orElse(15);
        TreeMap<Instant, Bucket> buckets = new TreeMap<>();
        if (queue.deferred()) {
            // deferred work carries backlog over nights: every slot of the week, open or not
            for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(grain))) {
                buckets.put(t, new Bucket(t));
            }
        }
        for (ActualRow a : actuals) {
            buckets.computeIfAbsent(slot(a.start(), grain, zone), Bucket::new).add(a);
        }
        RosterPeriod roster = null;
        if (plan != null) {
            for (PlanRow p : planRows(plan.requirementVersionId(), start, end)) {
                buckets.computeIfAbsent(slot(p.start(), grain, zone), Bucket::new).plan = p;
            }
            roster = context.rosters().stream()
                    .filter(r -> !r.first().isAfter(monday.plusDays(6)) && !r.last().isBefore(monday)).findFirst().orElse(null);
        }
        double meanAht = meanForecastAht(buckets.values());
        List<PlanActualInterval> intervals = new ArrayList<>(buckets.size());
        for (Bucket b : buckets.values()) {
            intervals.add(b.figures(plan != null, grain, meanAht, context, zone));
        }
        ServiceCurve curve = plan == null || queue.deferred() ? null : curve(queue, plan);
        return new WeekFigures(plan, roster, curve, intervals);
    }

    private static Instant slot(Instant at, int grain, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int minute = local.getHour() * 60 + local.getMinute();
        int floored = minute - minute % grain;
        Instant slot = local.toLocalDate().atStartOfDay(zone).plusMinutes(floored).toInstant();
        return slot.isAfter(at) ? at : slot;
    }

    private static double meanForecastAht(Iterable<Bucket> buckets) {
        double work = 0;
        double volume = 0;
        for (Bucket b : buckets) {
            if (b.plan != null && b.plan.ahtSeconds() != null && b.plan.offered() > 0) {
                work += b.plan.offered() * b.plan.ahtSeconds();
                volume += b.plan.offered();
            }
        }
        return volume > 0 ? work / volume : Double.NaN;
    }

    static ServiceCurve curve(PlanQueue queue, PlanVersion plan) {
        int threshold = plan.slThresholdSeconds() != null ? plan.slThresholdSeconds()
                : queue.slThresholdSeconds() == null ? 20 : queue.slThresholdSeconds();
        int concurrency = "CHAT_CONCURRENCY".equals(plan.model()) && queue.chatConcurrency() != null ? queue.chatConcurrency() : 1;
        double patience = "ERLANG_A".equals(plan.model()) && plan.patienceSeconds() != null ? plan.patienceSeconds() : Double.NaN;
        return new ServiceCurve(plan.grainMinutes() * 60.0, threshold, concurrency, patience);
    }

    /** The history rows and plan row of one plan-grain slot. */
    private static final class Bucket {
        final Instant start;
        PlanRow plan;
        int offered;
        int handled;
        double work;
        double staffedSum;
        int staffedCount;
        double measuredSum;
        double measuredWeight;
        boolean rosterCells;

        Bucket(Instant start) {
            this.start = start;
        }

        void add(ActualRow a) {
            offered += a.offered();
            if (a.ahtSeconds() != null && a.handled() > 0) {
                handled += a.handled();
                work += a.handled() * a.ahtSeconds();
            }
            if (a.staffedAgents() != null) {
                staffedSum += a.staffedAgents();
                staffedCount++;
            }
            Double measured = a.serviceLevelPercent() != null ? Double.valueOf(a.serviceLevelPercent() / 100) : a.firstResponseSeconds();
            if (measured != null && a.offered() > 0) {
                measuredSum += measured * a.offered();
                measuredWeight += a.offered();
            }
        }

        PlanActualInterval figures(boolean planned, int grain, double meanAht, Context context, ZoneId zone) {
            double forecast = plan == null ? 0 : plan.offered();
            double forecastAht = plan != null && plan.ahtSeconds() != null && plan.ahtSeconds() > 0 ? plan.ahtSeconds() : meanAht;
            double actualAht = handled > 0 ? work / handled : Double.NaN;
            if (Double.isNaN(forecastAht)) {
                forecastAht = Double.isNaN(actualAht) ? 1 : actualAht;
            }
            double required = plan == null ? 0 : plan.requiredAgents();
            double scheduled = Double.NaN;
            double plannedAgents = required;
            if (planned && rosterCovers(context, start, zone)) {
                double sum = 0;
                for (int m = 0; m < grain; m += 15) {
                    sum += context.scheduled().getOrDefault(start.plusSeconds(60L * m), 0.0);
                }
                scheduled = sum / Math.max(1, grain / 15);
                double shrinkage = plan == null ? 0 : plan.shrinkagePercent();
                plannedAgents = scheduled * (1 - shrinkage / 100);
            }
            double staffed = staffedCount > 0 ? staffedSum / staffedCount : Double.NaN;
            double achieved = measuredWeight > 0 ? measuredSum / measuredWeight : Double.NaN;
            return new PlanActualInterval(start, forecast, forecastAht, offered, actualAht, required, scheduled,
                    plannedAgents, staffed, achieved);
        }
    }

    private static boolean rosterCovers(Context context, Instant at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return context.rosters().stream().anyMatch(r -> !r.first().isAfter(day) && !r.last().isBefore(day));
    }

    private PlanActualPeriod period(Context context, WeekFigures week, LocalDate first, LocalDate last,
            List<PlanActualInterval> intervals) {
        PlanQueue queue = context.queue();
        PlanVersion plan = week.plan();
        PlanSource source = plan == null ? null : new PlanSource(plan.forecastVersionId(), plan.requirementVersionId(),
                plan.madeAt(), plan.method(), week.roster() == null ? null : week.roster().id(),
                week.roster() == null ? null : week.roster().name());
        ServiceGap gap = null;
        if (plan != null) {
            gap = queue.deferred()
                    ? ServiceGapAnalysis.deferred(intervals, plan.grainMinutes() * 60.0,
                            plan.responseGoalHours() != null ? plan.responseGoalHours() : goal(queue))
                    : ServiceGapAnalysis.realTime(intervals, week.curve(),
                            plan.slTargetPercent() != null ? plan.slTargetPercent() : goal(queue));
        }
        double contacts = 0;
        double work = 0;
        double handledContacts = 0;
        double staffed = 0;
        int staffedCount = 0;
        double measured = 0;
        double measuredWeight = 0;
        for (PlanActualInterval i : intervals) {
            contacts += i.actualContacts();
            if (!Double.isNaN(i.actualAhtSeconds())) {
                work += i.actualContacts() * i.actualAhtSeconds();
                handledContacts += i.actualContacts();
            }
            if ((i.actualContacts() > 0 || i.forecastContacts() > 0) && !Double.isNaN(i.staffedAgents())) {
                staffedCount++;
                staffed += i.staffedAgents();
            }
            if (!Double.isNaN(i.achieved()) && i.actualContacts() > 0) {
                measured += i.achieved() * i.actualContacts();
                measuredWeight += i.actualContacts();
            }
        }
        double achieved = measuredWeight == 0 ? Double.NaN
                : queue.deferred() ? measured / measuredWeight / 3600 : 100 * measured / measuredWeight;
        return new PlanActualPeriod(first, last, source, gap, contacts,
                handledContacts > 0 ? work / handledContacts : Double.NaN, staffedCount == 0 ? Double.NaN : staffed / staffedCount,
                achieved);
    }
}
