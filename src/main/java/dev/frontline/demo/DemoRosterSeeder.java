package dev.frontline.demo;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAY_PREFERENCE;
import static dev.frontline.db.Tables.AGENT_LOCATION_PREFERENCE;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TIME_OFF;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jooq.DSLContext;
import org.jooq.Record;
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

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.RequestStatus;
import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.engine.CancellationToken;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementService;

/**
 * Gives the demo centre what a planner needs to roster at once: shift templates with breaks (times on the centre
 * clock, the first site's zone), which contracts may work them, some time off and wishes for the coming weeks, and a
 * forecast and requirement version of the next weeks for every queue. Runs once the centre exists, before the web
 * server opens (a lifecycle phase ahead of it), and only when no shift template exists yet.
 */
@Component
@Profile("demo")
class DemoRosterSeeder implements SmartLifecycle {

    static final long SEED = 20_261_130L;
    /** Forecast from the day after the history: five weeks cover the next four whole weeks. */
    static final int FORECAST_WEEKS = 5;
    static final double MAX_OCCUPANCY_PERCENT = 85;

    private static final Logger log = LoggerFactory.getLogger(DemoRosterSeeder.class);

    private record TemplateSpec(String code, String name, LocalTime earliest, LocalTime latest, int step, Integer[] lengths,
            int breaks, int lunch) {
    }

    private static final List<TemplateSpec> TEMPLATES = List.of(
            new TemplateSpec("EARLY", "Early", LocalTime.of(7, 0), LocalTime.of(9, 0), 30, new Integer[] {480}, 2, 30),
            new TemplateSpec("DAY", "Day", LocalTime.of(9, 0), LocalTime.of(11, 0), 30, new Integer[] {480}, 2, 30),
            new TemplateSpec("LATE", "Late", LocalTime.of(12, 0), LocalTime.of(14, 0), 30, new Integer[] {480}, 2, 30),
            new TemplateSpec("EVENING", "Evening", LocalTime.of(15, 0), LocalTime.of(17, 0), 30, new Integer[] {480}, 2, 30),
            new TemplateSpec("PT_MORNING", "Part-time morning", LocalTime.of(8, 0), LocalTime.of(11, 0), 60,
                    new Integer[] {240, 360}, 1, 0),
            new TemplateSpec("PT_AFTERNOON", "Part-time afternoon", LocalTime.of(13, 0), LocalTime.of(17, 0), 60,
                    new Integer[] {240, 360}, 1, 0));

    /** Template codes per contract code, with a cap per 4 weeks (null = none). */
    private static final Map<String, Map<String, Integer>> CONTRACT_TEMPLATES = Map.of(
            "FT40", Map.of("EARLY", 0, "DAY", 0, "LATE", 0, "EVENING", 8),
            "PT30", Map.of("EARLY", 0, "DAY", 0, "LATE", 0, "PT_MORNING", 0, "PT_AFTERNOON", 0),
            "PT20", Map.of("PT_MORNING", 0, "PT_AFTERNOON", 0));

    private final DSLContext ctx;
    private final TransactionTemplate transaction;
    private final UserDetailsService users;
    private final ForecastRunService forecasts;
    private final RequirementService requirements;
    private final Clock clock;
    private volatile boolean running;

    DemoRosterSeeder(DSLContext ctx, TransactionTemplate transaction, UserDetailsService users, ForecastRunService forecasts,
            RequirementService requirements, Clock clock) {
        this.ctx = ctx;
        this.transaction = transaction;
        this.users = users;
        this.forecasts = forecasts;
        this.requirements = requirements;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        if (!ctx.fetchExists(SITE) || ctx.fetchExists(SHIFT_TEMPLATE)) {
            return;
        }
        long started = System.nanoTime();
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        transaction.executeWithoutResult(status -> {
            writeTemplates();
            writeWishes(nextMonday);
        });
        int versions = writeRequirements();
        log.info("Demo roster data written: {} shift templates, {} requirement versions in {} ms", TEMPLATES.size(),
                versions, (System.nanoTime() - started) / 1_000_000);
    }

    private void writeTemplates() {
        Map<String, Long> ids = new HashMap<>();
        for (TemplateSpec t : TEMPLATES) {
            ids.put(t.code(), ctx.insertInto(SHIFT_TEMPLATE)
                    .set(SHIFT_TEMPLATE.CODE, t.code()).set(SHIFT_TEMPLATE.NAME, t.name())
                    .set(SHIFT_TEMPLATE.EARLIEST_START, t.earliest()).set(SHIFT_TEMPLATE.LATEST_START, t.latest())
                    .set(SHIFT_TEMPLATE.START_STEP_MINUTES, t.step()).set(SHIFT_TEMPLATE.LENGTHS_MINUTES, t.lengths())
                    .set(SHIFT_TEMPLATE.BREAK_COUNT, t.breaks()).set(SHIFT_TEMPLATE.BREAK_MINUTES, 15)
                    .set(SHIFT_TEMPLATE.LUNCH_MINUTES, t.lunch())
                    .returning(SHIFT_TEMPLATE.ID).fetchSingle(SHIFT_TEMPLATE.ID));
        }
        // no early start after a late or evening shift, no day start after an evening
        String[][] forbidden = {{"LATE", "EARLY"}, {"EVENING", "EARLY"}, {"EVENING", "DAY"}, {"EVENING", "PT_MORNING"}};
        for (String[] pair : forbidden) {
            ctx.insertInto(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR)
                    .set(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.TEMPLATE_ID, ids.get(pair[0]))
                    .set(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.SUCCESSOR_ID, ids.get(pair[1])).execute();
        }
        for (var contract : ctx.selectFrom(CONTRACT).orderBy(CONTRACT.ID).fetch()) {
            Map<String, Integer> templates = CONTRACT_TEMPLATES.getOrDefault(contract.getCode(),
                    CONTRACT_TEMPLATES.get("FT40"));
            templates.forEach((code, cap) -> ctx.insertInto(CONTRACT_SHIFT_TEMPLATE)
                    .set(CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID, contract.getId())
                    .set(CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID, ids.get(code))
                    .set(CONTRACT_SHIFT_TEMPLATE.MAX_SHIFTS_PER_4_WEEKS, cap == 0 ? null : cap).execute());
        }
    }

    /** Leave (mostly approved, some still requested), a day a few agents would rather not work, where some like to be. */
    private void writeWishes(LocalDate nextMonday) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<? extends Record> agents = ctx.select(AGENT.ID, AGENT.OFFICE_ELIGIBLE).from(AGENT)
                .where(AGENT.STATUS.eq(AgentStatus.ACTIVE)).orderBy(AGENT.ID).fetch();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String[] kinds = {"VACATION", "VACATION", "PERSONAL", "TRAINING"};
        for (Record agent : agents) {
            long id = agent.get(AGENT.ID);
            double draw = random.nextDouble();
            if (draw < 0.12) {
                LocalDate first = nextMonday.plusDays(random.nextInt(24));
                boolean approved = draw < 0.09;
                ctx.insertInto(TIME_OFF).set(TIME_OFF.AGENT_ID, id).set(TIME_OFF.FIRST_DAY, first)
                        .set(TIME_OFF.LAST_DAY, first.plusDays(random.nextInt(5)))
                        .set(TIME_OFF.KIND, kinds[random.nextInt(kinds.length)])
                        .set(TIME_OFF.STATUS, approved ? RequestStatus.APPROVED : RequestStatus.REQUESTED)
                        .set(TIME_OFF.DECIDED_AT, approved ? now : null).set(TIME_OFF.DECIDED_BY, approved ? "planner" : null)
                        .execute();
            }
            if (random.nextDouble() < 0.25) {
                ctx.insertInto(AGENT_DAY_PREFERENCE).set(AGENT_DAY_PREFERENCE.AGENT_ID, id)
                        .set(AGENT_DAY_PREFERENCE.WEEKDAY, (short) (1 + random.nextInt(7)))
                        .set(AGENT_DAY_PREFERENCE.WANTS_TO_WORK, false)
                        .set(AGENT_DAY_PREFERENCE.WEIGHT, 10 + random.nextInt(30)).execute();
            }
            if (agent.get(AGENT.OFFICE_ELIGIBLE) && random.nextDouble() < 0.4) {
                ctx.insertInto(AGENT_LOCATION_PREFERENCE).set(AGENT_LOCATION_PREFERENCE.AGENT_ID, id)
                        .set(AGENT_LOCATION_PREFERENCE.WEEKDAY, (short) (1 + random.nextInt(5)))
                        .set(AGENT_LOCATION_PREFERENCE.AT_HOME, random.nextBoolean())
                        .set(AGENT_LOCATION_PREFERENCE.WEIGHT, 10 + random.nextInt(20)).execute();
            }
        }
        writePreferredStarts(agents);
    }

    /**
     * About a fifth of the agents would like to start at a set time on a weekday (school runs, commutes). A random
     * stream of its own keeps the other wishes as they were; a weekday that already has a wish keeps that one.
     */
    private void writePreferredStarts(List<? extends Record> agents) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        LocalTime[] starts = {LocalTime.of(7, 0), LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
                LocalTime.of(13, 0)};
        for (Record agent : agents) {
            if (random.nextDouble() < 0.2) {
                ctx.insertInto(AGENT_DAY_PREFERENCE).set(AGENT_DAY_PREFERENCE.AGENT_ID, agent.get(AGENT.ID))
                        .set(AGENT_DAY_PREFERENCE.WEEKDAY, (short) (1 + random.nextInt(5)))
                        .set(AGENT_DAY_PREFERENCE.WANTS_TO_WORK, true)
                        .set(AGENT_DAY_PREFERENCE.PREFERRED_START, starts[random.nextInt(starts.length)])
                        .set(AGENT_DAY_PREFERENCE.WEIGHT, 5 + random.nextInt(10))
                        .onConflictDoNothing().execute();
            }
        }
    }

    /** A forecast and a requirement version per queue, through the same services a planner uses. */
    private int writeRequirements() {
        String planner = ctx.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ROLE.eq(AppRole.PLANNER))
                .orderBy(APP_USER.ID).limit(1).fetchOptional(APP_USER.USERNAME).orElse(null);
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
            for (String queue : ctx.select(QUEUE.CODE).from(QUEUE).orderBy(QUEUE.ID).fetch(QUEUE.CODE)) {
                ForecastVersionSummary forecast = forecasts.runNow(new ForecastRunRequest(queue, null, FORECAST_WEEKS, 15),
                        (fraction, message) -> { }, CancellationToken.NONE);
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
