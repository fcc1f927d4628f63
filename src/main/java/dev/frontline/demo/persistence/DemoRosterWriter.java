package dev.frontline.demo.persistence;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.RequestStatus;

/**
 * The roster side of the demo centre that no planner screen writes yet: shift templates with breaks (times on the
 * centre clock, the first site's zone), which contracts may work them, and some time off and wishes for the coming
 * weeks, drawn from a fixed seed so every demo start looks the same.
 */
@Repository
@Profile("demo")
public class DemoRosterWriter {

    /** Fixed, so every demo centre gets the same leave and wishes and its rosters can be compared. */
    private static final long SEED = 20_261_130L;

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
                    new Integer[] {240, 360}, 1, 0),
            // The Polish email queue is worked around the clock (its backlog plan levels the work over 24 hours), and
            // without a shift past 01:00 its night hours, 01:00-07:00 on the centre clock, were uncoverable: 2.6 % of
            // the first roster's required hours, the whole of its LP bound (docs/roster.md, "The demo centre's
            // calibration"). A small night team closes that gap.
            new TemplateSpec("NIGHT", "Night", LocalTime.of(22, 0), LocalTime.of(23, 0), 60, new Integer[] {480}, 2, 30));

    /** Template codes per contract code, with a cap per 4 weeks (null = none). */
    private static final Map<String, Map<String, Integer>> CONTRACT_TEMPLATES = Map.of(
            "FT40", Map.of("EARLY", 0, "DAY", 0, "LATE", 0, "EVENING", 8, "NIGHT", 6),
            "PT30", Map.of("EARLY", 0, "DAY", 0, "LATE", 0, "PT_MORNING", 0, "PT_AFTERNOON", 0),
            "PT20", Map.of("PT_MORNING", 0, "PT_AFTERNOON", 0));

    private final DSLContext ctx;
    private final Clock clock;

    DemoRosterWriter(DSLContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    /** True once the centre exists but has no shift template yet: the state the roster data is written in. */
    public boolean centreWithoutShiftTemplates() {
        return ctx.fetchExists(SITE) && !ctx.fetchExists(SHIFT_TEMPLATE);
    }

    public int templateCount() {
        return TEMPLATES.size();
    }

    /** The first planner login, to write forecasts and requirements as. */
    public Optional<String> firstPlannerUsername() {
        return ctx.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ROLE.eq(AppRole.PLANNER))
                .orderBy(APP_USER.ID).limit(1).fetchOptional(APP_USER.USERNAME);
    }

    public List<String> queueCodes() {
        return ctx.select(QUEUE.CODE).from(QUEUE).orderBy(QUEUE.ID).fetch(QUEUE.CODE);
    }

    /** Shift templates with breaks, the successors they forbid, and which of them each contract may work. */
    public void writeTemplates() {
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

    /** From {@code nextMonday} on: leave (mostly approved, some still requested), a day a few agents would rather not work, where some like to be. */
    public void writeWishes(LocalDate nextMonday) {
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
}
