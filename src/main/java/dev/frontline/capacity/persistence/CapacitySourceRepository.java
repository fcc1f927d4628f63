package dev.frontline.capacity.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.AGENT_SKILL_GAIN;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TIME_OFF_ALLOWANCE;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_PATH;
import static dev.frontline.db.Tables.TRAINING_PATH_COURSE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.capacity.CapacitySources;
import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingPathPurpose;

/**
 * Read-only reads of the records the capacity plan starts from (queues, employed agents with skills and contracts,
 * skill gains, onboarding paths, open enrolments, the weekly shape of the contact history) and the fingerprint that
 * tells a saved plan its inputs changed. HR reads capacity plans but not the planner's master-data services, so these
 * reads live here rather than behind those services.
 */
@Repository
public class CapacitySourceRepository {

    private final DSLContext ctx;

    CapacitySourceRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<CapacitySources.Queue> queues() {
        return ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.NAME, QUEUE.CHANNEL, SKILL.CODE, QUEUE.SL_TARGET_PERCENT,
                        QUEUE.SL_THRESHOLD_SECONDS, QUEUE.CHAT_CONCURRENCY, QUEUE.TIME_ZONE, QUEUE.COUNTRY_CODE)
                .from(QUEUE).join(SKILL).on(SKILL.ID.eq(QUEUE.SKILL_ID))
                .orderBy(QUEUE.CODE)
                .fetch(r -> new CapacitySources.Queue(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : r.value6().doubleValue(), r.value7(), r.value8(), r.value9(),
                        r.value10()));
    }

    /** Agents employed on {@code day} (hired on or before it, not left by it). */
    public List<CapacitySources.Agent> agentsEmployedOn(LocalDate day) {
        Map<String, Map<String, Double>> skills = new HashMap<>();
        ctx.select(AGENT.EMPLOYEE_NUMBER, SKILL.CODE, AGENT_SKILL.PROFICIENCY)
                .from(AGENT_SKILL).join(AGENT).on(AGENT.ID.eq(AGENT_SKILL.AGENT_ID))
                .join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>())
                        .put(r.value2(), r.value3().doubleValue()));
        return ctx.select(AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, AGENT.HIRE_DATE,
                        CONTRACT.MAX_MINUTES_PER_WEEK, SITE.CODE, AGENT.OFFICE_ELIGIBLE,
                        CONTRACT.MIN_OFFICE_DAYS_PER_WEEK)
                .from(AGENT).join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .where(AGENT.HIRE_DATE.le(day))
                .and(AGENT.EXIT_DATE.isNull().or(AGENT.EXIT_DATE.gt(day)))
                .and(AGENT.STATUS.ne(AgentStatus.LEFT).or(AGENT.EXIT_DATE.gt(day)))
                .orderBy(AGENT.EMPLOYEE_NUMBER)
                .fetch(r -> new CapacitySources.Agent(r.value1(), r.value2() + " " + r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8() == null ? 0 : r.value8(), skills.getOrDefault(r.value1(), Map.of())));
    }

    /**
     * Paid days off a year (vacation and personal allowances of their contracts) averaged over the agents employed on
     * {@code day}; zero when the contracts give none.
     */
    public double leaveDaysPerYear(LocalDate day) {
        var perContract = DSL.select(TIME_OFF_ALLOWANCE.CONTRACT_ID, DSL.sum(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).as("days"))
                .from(TIME_OFF_ALLOWANCE).groupBy(TIME_OFF_ALLOWANCE.CONTRACT_ID).asTable("allowance");
        var days = perContract.field("days", java.math.BigDecimal.class);
        java.math.BigDecimal average = ctx.select(DSL.avg(DSL.coalesce(days, java.math.BigDecimal.ZERO)))
                .from(AGENT).leftJoin(perContract).on(perContract.field(TIME_OFF_ALLOWANCE.CONTRACT_ID).eq(AGENT.CONTRACT_ID))
                .where(AGENT.HIRE_DATE.le(day)).and(AGENT.EXIT_DATE.isNull().or(AGENT.EXIT_DATE.gt(day)))
                .fetchOne(0, java.math.BigDecimal.class);
        return average == null ? 0 : average.doubleValue();
    }

    public List<CapacitySources.Site> sites() {
        return ctx.select(SITE.CODE, SITE.NAME, SITE.OFFICE_SEATS).from(SITE).orderBy(SITE.CODE)
                .fetch(r -> new CapacitySources.Site(r.value1(), r.value2(), r.value3()));
    }

    public List<CapacitySources.SkillGain> skillGainsSince(LocalDate from) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER, SKILL.CODE, AGENT_SKILL_GAIN.GAINED_ON, AGENT_SKILL_GAIN.PROFICIENCY_AFTER)
                .from(AGENT_SKILL_GAIN).join(AGENT).on(AGENT.ID.eq(AGENT_SKILL_GAIN.AGENT_ID))
                .join(SKILL).on(SKILL.ID.eq(AGENT_SKILL_GAIN.SKILL_ID))
                .where(AGENT_SKILL_GAIN.GAINED_ON.ge(from))
                .orderBy(AGENT_SKILL_GAIN.GAINED_ON)
                .fetch(r -> new CapacitySources.SkillGain(r.value1(), r.value2(), r.value3(), r.value4().doubleValue()));
    }

    /** Onboarding paths with their classroom hours, smallest classroom, its site and the trainers of their courses. */
    public List<CapacitySources.Path> onboardingPaths() {
        var hours = DSL.sum(TRAINING_COURSE.TOTAL_HOURS);
        var seats = DSL.min(TRAINING_COURSE.ROOM_SEATS);
        var site = DSL.min(SITE.CODE);
        var trainers = DSL.countDistinct(DSL.coalesce(TRAINING_COURSE.TRAINER_AGENT_ID.cast(String.class),
                TRAINING_COURSE.TRAINER_NAME));
        return ctx.select(TRAINING_PATH.CODE, TRAINING_PATH.NAME, TRAINING_PATH.NESTING_WEEKS,
                        TRAINING_PATH.NESTING_PROFICIENCY, hours, seats, site, trainers)
                .from(TRAINING_PATH)
                .join(TRAINING_PATH_COURSE).on(TRAINING_PATH_COURSE.PATH_ID.eq(TRAINING_PATH.ID))
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_PATH_COURSE.COURSE_ID))
                .leftJoin(SITE).on(SITE.ID.eq(TRAINING_COURSE.SITE_ID)
                        .and(TRAINING_COURSE.DELIVERY.eq(TrainingDelivery.CLASSROOM)))
                .where(TRAINING_PATH.PURPOSE.eq(TrainingPathPurpose.ONBOARDING))
                .groupBy(TRAINING_PATH.ID)
                .orderBy(TRAINING_PATH.CODE)
                .fetch(r -> new CapacitySources.Path(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : r.value4().doubleValue(), r.value5().doubleValue(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** Open course enrolments of agents still employed on {@code day} that end on or after it. */
    public List<CapacitySources.OpenEnrolment> openEnrolments(LocalDate day) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER, TRAINING_ENROLMENT.ENROLLED_ON, TRAINING_ENROLMENT.DUE_DATE,
                        TRAINING_COURSE.OFF_PHONE_HOURS)
                .from(TRAINING_ENROLMENT).join(AGENT).on(AGENT.ID.eq(TRAINING_ENROLMENT.AGENT_ID))
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID))
                .where(TRAINING_ENROLMENT.STATUS.in(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
                        EnrolmentStatus.IN_PROGRESS))
                .and(TRAINING_ENROLMENT.DUE_DATE.ge(day))
                .and(AGENT.EXIT_DATE.isNull().or(AGENT.EXIT_DATE.gt(day)))
                .and(TRAINING_COURSE.OFF_PHONE_HOURS.gt(java.math.BigDecimal.ZERO))
                .fetch(r -> new CapacitySources.OpenEnrolment(r.value1(), r.value2(), r.value3(), r.value4().doubleValue()));
    }

    /**
     * Contacts per local weekday (1 = Monday) and hour over the queue's last {@code weeks} weeks of history, as an
     * array of 168 (Monday 00:00 first); all zero when the queue has no history.
     */
    public double[] weekShape(long queueId, String timeZone, int weeks) {
        double[] shape = new double[168];
        ctx.resultQuery("""
                        select extract(isodow from interval_start at time zone {0})::int as d,
                               extract(hour from interval_start at time zone {0})::int as h,
                               sum(offered) as n
                        from interval_history
                        where queue_id = {1}
                          and interval_start >= (select max(interval_start) from interval_history where queue_id = {1})
                                                - make_interval(weeks => {2})
                        group by 1, 2""", DSL.val(timeZone), DSL.val(queueId), DSL.val(weeks))
                .forEach(r -> shape[(r.get(0, Integer.class) - 1) * 24 + r.get(1, Integer.class)] += r.get(2, Double.class));
        return shape;
    }

    /**
     * A fingerprint of what a plan is computed from: the forecasts (versions saved), the employed agents and their
     * exits, skills and contracts, skill gains and training enrolments, the shrinkage table, office seats and who may work
     * in the office. Any change gives a different text.
     */
    public String inputsFingerprint() {
        return ctx.resultQuery("""
                select md5(concat_ws('|',
                    (select coalesce(max(id), 0) || ':' || count(*) from forecast_version),
                    (select coalesce(max(interval_start)::text, '-') from interval_history),
                    (select string_agg(id || ',' || hire_date || ',' || coalesce(exit_date::text, '-') || ',' || contract_id
                                       || ',' || home_site_id, ';' order by id) from agent),
                    (select string_agg(agent_id || ',' || skill_id || ',' || proficiency, ';' order by agent_id, skill_id)
                     from agent_skill),
                    (select coalesce(max(id), 0) || ':' || count(*) || ':' || coalesce(sum(version), 0) from training_enrolment),
                    (select coalesce(max(id), 0) || ':' || count(*) from agent_skill_gain),
                    (select coalesce(sum(version), 0) || ':' || count(*) from training_path),
                    (select coalesce(sum(version), 0) || ':' || count(*) from queue),
                    (select coalesce(sum(version), 0) || ':' || count(*) from contract),
                    (select coalesce(max(id), 0) || ':' || count(*) from long_range_override),
                    (select string_agg(coalesce(queue_id::text, '*') || ',' || coalesce(weekday::text, '*') || ','
                                       || planned_percent || ',' || unplanned_percent, ';' order by id) from shrinkage),
                    (select string_agg(code || ',' || coalesce(office_seats::text, '-'), ';' order by code) from site),
                    (select string_agg(id::text, ',' order by id) from agent where not office_eligible),
                    (select string_agg(contract_id || ',' || kind || ',' || days_per_year, ';' order by contract_id, kind)
                     from time_off_allowance)))""").fetchOne(0, String.class);
    }
}
