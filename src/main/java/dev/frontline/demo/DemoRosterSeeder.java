package dev.frontline.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.demo.persistence.DemoRosterWriter;
import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.ShrinkageService;

/**
 * Gives the demo centre what a planner needs to roster at once: shift templates with breaks (times on the centre
 * clock, the first site's zone), which contracts may work them, some time off and wishes for the coming weeks, and a
 * forecast and requirement version of the next weeks for every queue. Runs once the centre exists, before the web
 * server opens (a lifecycle phase ahead of it), and only when no shift template exists yet.
 */
@Component
@Profile("demo")
class DemoRosterSeeder implements SmartLifecycle {

    /** Forecast from the day after the history: five weeks cover the next four whole weeks. */
    static final int FORECAST_WEEKS = 5;
    static final double MAX_OCCUPANCY_PERCENT = 85;

    private static final Logger log = LoggerFactory.getLogger(DemoRosterSeeder.class);

    private final DemoRosterWriter writer;
    private final TransactionTemplate transaction;
    private final UserDetailsService users;
    private final ForecastRunService forecasts;
    private final RequirementService requirements;
    private final ShrinkageService shrinkage;
    private final Clock clock;
    private volatile boolean running;

    DemoRosterSeeder(DemoRosterWriter writer, TransactionTemplate transaction, UserDetailsService users,
            ForecastRunService forecasts, RequirementService requirements, ShrinkageService shrinkage, Clock clock) {
        this.writer = writer;
        this.transaction = transaction;
        this.users = users;
        this.forecasts = forecasts;
        this.requirements = requirements;
        this.shrinkage = shrinkage;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        if (!writer.centreWithoutShiftTemplates()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        transaction.executeWithoutResult(status -> {
            writer.writeTemplates();
            writer.writeWishes(nextMonday);
        });
        int versions = writeRequirements();
        log.info("Demo roster data written: {} shift templates, {} requirement versions in {} ms", writer.templateCount(),
                versions, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Shrinkage of paid time that no roster schedules (breaks and lunch are scheduled, so they are not here): team
     * meetings and coaching 4 %, absence 6 % and 8 % on Mondays, when sickness peaks.
     */
    static final List<ShrinkageService.Entry> SHRINKAGE = List.of(new ShrinkageService.Entry(null, 4.0, 6.0),
            new ShrinkageService.Entry(DayOfWeek.MONDAY, 4.0, 8.0));

    /** The shrinkage, then a forecast and a requirement version per queue, through the services a planner uses. */
    private int writeRequirements() {
        String planner = writer.firstPlannerUsername().orElse(null);
        if (planner == null) {
            log.warn("Demo requirements not written: the demo centre has no planner login to write them as");
            return 0;
        }
        UserDetails user = users.loadUserByUsername(planner);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        int written = 0;
        try {
            shrinkage.save(null, SHRINKAGE);
            for (String queue : writer.queueCodes()) {
                ForecastVersionSummary forecast = forecasts.runNow(new ForecastRunRequest(queue, null, FORECAST_WEEKS, 15),
                        Progress.NONE, Cancellation.NONE);
                requirements.compute(new RequirementRequest(forecast.id(), MAX_OCCUPANCY_PERCENT, null, true));
                written++;
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return written;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (its phase is just below {@code Integer.MAX_VALUE}). */
    @Override
    public int getPhase() {
        return 0;
    }
}
