package dev.frontline.quality.planactual;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.quality.planactual.engine.PlanActualInterval;
import dev.frontline.quality.planactual.engine.ServiceActualsGenerator;
import dev.frontline.quality.planactual.engine.ServiceCurve;
import dev.frontline.quality.planactual.persistence.PlanActualRepository;
import dev.frontline.roster.service.RosterCoverageService;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;

/**
 * Gives the demo centre its past plans and its service actuals, once, after the centre and its forecasts exist and
 * before the web server opens. For the last {@value #PLAN_WEEKS} weeks of history it makes the plan "at the time",
 * through the services a planner uses: per block of {@value #BLOCK_WEEKS} weeks, a forecast fitted on the history
 * before the block (the real engine), its requirement, both dated the Thursday before the block, and a roster of the
 * block solved for {@link #ROSTER_SOLVE_LIMIT} and published. Then every history interval of every queue gets its
 * service actuals from {@link ServiceActualsGenerator}: in the planned weeks from the agents the published roster put
 * on the phones, before them from a plan sized on what came. Skipped when service actuals exist already, or with
 * {@code frontline.demo.past-plans=false}.
 */
@Component
@Profile("demo")
class PlanActualDemoSeeder implements SmartLifecycle {

    static final int PLAN_WEEKS = 12;
    static final int BLOCK_WEEKS = 6;
    static final Duration ROSTER_SOLVE_LIMIT = Duration.ofSeconds(4);
    static final double MAX_OCCUPANCY_PERCENT = 85;

    private static final Logger log = LoggerFactory.getLogger(PlanActualDemoSeeder.class);

    private final PlanActualRepository repository;
    private final PlanActualService service;
    private final ForecastRunService forecasts;
    private final RequirementService requirements;
    private final RosterService rosters;
    private final RosterCoverageService coverage;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private volatile boolean running;

    PlanActualDemoSeeder(PlanActualRepository repository, PlanActualService service, ForecastRunService forecasts,
            RequirementService requirements, RosterService rosters, RosterCoverageService coverage,
            UserDetailsService users, TransactionTemplate transaction,
            @Value("${frontline.demo.past-plans:true}") boolean enabled) {
        this.enabled = enabled;
        this.repository = repository;
        this.service = service;
        this.forecasts = forecasts;
        this.requirements = requirements;
        this.rosters = rosters;
        this.coverage = coverage;
        this.users = users;
        this.transaction = transaction;
    }

    @Override
    public void start() {
        running = true;
        if (!enabled || repository.anyServiceActuals()) {
            return;
        }
        var span = repository.historySpan();
        var planner = repository.firstPlannerUsername();
        if (span.isEmpty() || planner.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        UserDetails user = users.loadUserByUsername(planner.get());
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            LocalDate lastMonday = LocalDate.ofInstant(span.get()[1], ZoneOffset.UTC)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate firstPlanned = lastMonday.minusWeeks(PLAN_WEEKS - 1L);
            LocalDate firstHistoryDay = LocalDate.ofInstant(span.get()[0], ZoneOffset.UTC);
            if (firstPlanned.isBefore(firstHistoryDay.plusWeeks(8))) {
                log.warn("Demo plans not written: the history is too short for {} weeks of past plans", PLAN_WEEKS);
                return;
            }
            int versions = 0;
            for (LocalDate block = firstPlanned; !block.isAfter(lastMonday); block = block.plusWeeks(BLOCK_WEEKS)) {
                versions += plan(block);
            }
            long planned = System.nanoTime();
            int rows = serviceActuals(firstPlanned, lastMonday, span.get());
            log.info("Demo plan against actual written: {} past plans over {} weeks from {}, {} service intervals in {} ms"
                    + " (plans and rosters {} ms)", versions, PLAN_WEEKS, firstPlanned, rows,
                    (System.nanoTime() - started) / 1_000_000, (planned - started) / 1_000_000);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A block's forecasts, requirements and published roster, as the planner made them before it began. */
    private int plan(LocalDate firstMonday) {
        int written = 0;
        for (PlanQueue queue : service.queues()) {
            ForecastVersionSummary forecast = forecasts.runNow(
                    new ForecastRunRequest(queue.code(), firstMonday, BLOCK_WEEKS, 15, true), Progress.NONE, Cancellation.NONE);
            RequirementVersionSummary requirement = requirements.compute(
                    new RequirementRequest(forecast.id(), MAX_OCCUPANCY_PERCENT, null, true));
            var madeAt = firstMonday.minusDays(4).atTime(LocalTime.of(10, 0)).atZone(queue.zone()).toOffsetDateTime();
            requirements.backdate(requirement.id(), madeAt);
            written++;
        }
        LocalDate last = firstMonday.plusWeeks(BLOCK_WEEKS).minusDays(1);
        RosterVersionSummary draft = rosters.createDraft(
                dev.frontline.roster.service.RosterNames.period(firstMonday, last), firstMonday, last);
        coverage.solveNow(draft.id(), ROSTER_SOLVE_LIMIT);
        rosters.publish(draft.id(), "demo: the roster of these weeks as it was published at the time");
        return written;
    }

    /** Service actuals of every queue over the whole history; returns the rows written. */
    private int serviceActuals(LocalDate firstPlanned, LocalDate lastMonday, Instant[] span) {
        int written = 0;
        for (PlanQueue queue : service.queues()) {
            Map<Instant, Double> planned = new HashMap<>();
            for (LocalDate monday = firstPlanned; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
                for (PlanActualInterval i : service.plannedIntervals(queue.code(), monday)) {
                    planned.put(i.start(), i.plannedAgents());
                }
            }
            List<ActualRow> history = repository.actuals(queue.id(), span[0], span[1].plusSeconds(1));
            if (history.isEmpty()) {
                continue;
            }
            int minutes = history.get(0).minutes();
            long seed = 16_000L + queue.code().hashCode();
            List<ServiceActualsGenerator.Row> rows = queue.deferred()
                    ? deferred(queue, history, minutes, planned, seed)
                    : ServiceActualsGenerator.realTime(inputs(history, planned), curve(queue, minutes),
                            queue.slTargetPercent() / 100, seed);
            transaction.executeWithoutResult(s -> repository.insertService(queue.id(), minutes, rows));
            written += rows.size();
        }
        return written;
    }

    private static List<ServiceActualsGenerator.Input> inputs(List<ActualRow> history, Map<Instant, Double> planned) {
        List<ServiceActualsGenerator.Input> inputs = new ArrayList<>(history.size());
        for (ActualRow h : history) {
            inputs.add(input(h, planned));
        }
        return inputs;
    }

    private static ServiceActualsGenerator.Input input(ActualRow h, Map<Instant, Double> planned) {
        return new ServiceActualsGenerator.Input(h.start(), h.offered(), h.ahtSeconds() == null ? 0 : h.ahtSeconds(),
                h.abandoned(), planned.getOrDefault(h.start(), Double.NaN));
    }

    /**
     * Deferred work on the full grid (backlog waits through intervals without history), week by week in the queue's
     * zone: the demo's teams clear the email backlog over each weekend, as plan against actual measures each week from
     * an empty queue. Rows only for history intervals.
     */
    private static List<ServiceActualsGenerator.Row> deferred(PlanQueue queue, List<ActualRow> history, int minutes,
            Map<Instant, Double> planned, long seed) {
        Map<Instant, ActualRow> byStart = new HashMap<>();
        history.forEach(h -> byStart.put(h.start(), h));
        List<ServiceActualsGenerator.Row> rows = new ArrayList<>();
        List<ServiceActualsGenerator.Input> week = new ArrayList<>();
        Instant last = history.get(history.size() - 1).start();
        int weekIndex = 0;
        for (Instant t = history.get(0).start(); !t.isAfter(last); t = t.plusSeconds(60L * minutes)) {
            var local = t.atZone(queue.zone());
            if (!week.isEmpty() && local.getDayOfWeek() == DayOfWeek.MONDAY && local.getHour() == 0 && local.getMinute() == 0) {
                rows.addAll(ServiceActualsGenerator.deferred(week, minutes * 60.0, seed + weekIndex++));
                week = new ArrayList<>();
            }
            ActualRow h = byStart.get(t);
            week.add(h != null ? input(h, planned)
                    : new ServiceActualsGenerator.Input(t, 0, 0, 0, planned.getOrDefault(t, Double.NaN)));
        }
        rows.addAll(ServiceActualsGenerator.deferred(week, minutes * 60.0, seed + weekIndex));
        return rows.stream().filter(r -> byStart.containsKey(r.start())).toList();
    }

    private static ServiceCurve curve(PlanQueue queue, int minutes) {
        int concurrency = queue.chatConcurrency() == null ? 1 : queue.chatConcurrency();
        return new ServiceCurve(minutes * 60.0, queue.slThresholdSeconds(), concurrency, Double.NaN);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the demo's forecasts and requirements (phase 0), before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }
}
