package dev.frontline.training.persistence;

import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;
import static dev.frontline.db.Tables.TRAINING_BUDGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.training.OffPhone;
import dev.frontline.training.OffPhone.Scope;
import dev.frontline.training.OffPhone.ScopeOption;
import dev.frontline.training.engine.RampObservation;

/**
 * What training supplies and costs: the days behind the learning curve, the skill starts the proficiency on a date
 * is read from, the off-phone hours by month against HR's budgets, and the finished path enrolments behind the time to
 * proficiency. Aggregates are written in SQL because they run over the whole KPI history.
 */
@Repository
public class TrainingSupplyRepository {

    /** A new agent is compared with agents of at least this tenure on the same day's month and team. */
    public static final int EXPERIENCED_DAYS = 365;
    /** A month's team comparison needs this many experienced agents. */
    static final int MIN_PEERS = 3;

    private final DSLContext ctx;

    TrainingSupplyRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The new hires' worked days in their first 26 weeks, each as AHT over the contact-weighted AHT of the experienced
     * agents of the same team that month (a team serves the same queues and channels, and the daily KPI has no queue
     * of its own). The start is the hire date: the day the agent's first skills were gained.
     */
    public List<RampObservation> hireRampDays() {
        return ctx.resultQuery("""
                with peer as (
                    select a.team_id, date_trunc('month', k.day)::date as month,
                           sum(k.aht_seconds * k.contacts_handled) / sum(k.contacts_handled) as aht
                    from agent_daily_kpi k join agent a on a.id = k.agent_id
                    where k.contacts_handled > 0 and a.team_id is not null and k.day - a.hire_date >= ?
                    group by a.team_id, date_trunc('month', k.day)
                    having count(distinct k.agent_id) >= ?)
                select k.agent_id, k.day - a.hire_date, (k.aht_seconds / p.aht)::float8, k.contacts_handled
                from agent_daily_kpi k join agent a on a.id = k.agent_id
                join peer p on p.team_id = a.team_id and p.month = date_trunc('month', k.day)::date
                where k.contacts_handled > 0 and k.day >= a.hire_date and k.day < a.hire_date + 182
                """, EXPERIENCED_DAYS, MIN_PEERS)
                .fetch(r -> new RampObservation(r.get(0, Long.class), r.get(1, Integer.class),
                        r.get(2, Double.class), r.get(3, Integer.class)));
    }

    /** The latest gain of each agent's skill on or before a day, with the level it started at. */
    public record GainStart(long agentId, long skillId, LocalDate gainedOn, BigDecimal startedAt) {
    }

    public List<GainStart> latestGains(LocalDate onOrBefore) {
        return ctx.resultQuery("""
                select distinct on (agent_id, skill_id) agent_id, skill_id, gained_on, proficiency_after
                from agent_skill_gain where gained_on <= ?
                order by agent_id, skill_id, gained_on desc, id desc
                """, onOrBefore)
                .fetch(r -> new GainStart(r.get(0, Long.class), r.get(1, Long.class), r.get(2, LocalDate.class),
                        r.get(3, BigDecimal.class)));
    }

    /**
     * An agent's onboarding with nesting, started on or before a day: the nesting level, and the day after the last
     * course when all courses are completed (null while a course is still open).
     */
    public record NestingStart(long agentId, BigDecimal nestingProficiency, int nestingWeeks, LocalDate enrolledOn,
                               LocalDate nestingFrom) {
    }

    public List<NestingStart> nestingStarts(LocalDate onOrBefore) {
        return ctx.resultQuery("""
                select distinct on (pe.agent_id) pe.agent_id, p.nesting_proficiency, p.nesting_weeks, pe.enrolled_on,
                       case when count(*) filter (where e.status = 'COMPLETED') = count(*)
                                 and count(*) = (select count(*) from training_path_course c where c.path_id = p.id)
                            then max(e.completed_on) + 1 end
                from training_path_enrolment pe
                join training_path p on p.id = pe.path_id and p.purpose = 'ONBOARDING' and p.nesting_weeks > 0
                join training_enrolment e on e.path_enrolment_id = pe.id
                where pe.enrolled_on <= ?
                group by pe.agent_id, pe.id, p.id, p.nesting_proficiency, p.nesting_weeks, pe.enrolled_on
                order by pe.agent_id, pe.enrolled_on desc, pe.id desc
                """, onOrBefore)
                .fetch(r -> new NestingStart(r.get(0, Long.class), r.get(1, BigDecimal.class), r.get(2, Integer.class),
                        r.get(3, LocalDate.class), r.get(4, LocalDate.class)));
    }

    /** An agent employed on a day who holds a skill, at the level held today. */
    public record SkillHolder(long agentId, String employeeNumber, String name, BigDecimal held) {
    }

    /** The agents employed on {@code day} (hired by then, not yet left) who hold the skill. */
    public List<SkillHolder> skillHolders(long skillId, LocalDate day) {
        return ctx.resultQuery("""
                select a.id, a.employee_number, a.first_name || ' ' || a.last_name, s.proficiency
                from agent_skill s join agent a on a.id = s.agent_id
                where s.skill_id = ? and a.hire_date <= ? and (a.exit_date is null or a.exit_date > ?)
                order by a.employee_number
                """, skillId, day, day)
                .fetch(r -> new SkillHolder(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, BigDecimal.class)));
    }

    /** A path enrolment whose courses are all completed: days from enrolment to the last completion. */
    public record FinishedPath(String pathCode, long agentId, int days) {
    }

    public List<FinishedPath> finishedPaths() {
        return ctx.resultQuery("""
                select p.code, pe.agent_id, max(e.completed_on) - pe.enrolled_on
                from training_path_enrolment pe
                join training_path p on p.id = pe.path_id
                join training_enrolment e on e.path_enrolment_id = pe.id
                group by p.id, p.code, pe.id, pe.agent_id, pe.enrolled_on
                having count(*) filter (where e.status = 'COMPLETED') = count(*)
                   and count(*) = (select count(*) from training_path_course c where c.path_id = p.id)
                """)
                .fetch(r -> new FinishedPath(r.get(0, String.class), r.get(1, Long.class), r.get(2, Integer.class)));
    }

    // ------------------------------------------------------------------ off-phone hours and budgets


    /**
     * Per site (the agent's home site) or team and month in [from, to]: a result (passed or failed) takes the course's
     * off-phone hours in the month of its date; an open enrolment in the month it is due. Months with a budget and
     * no training are listed too.
     */
    public List<OffPhone.Month> offPhone(Scope scope, YearMonth from, YearMonth to) {
        String scopeTable = scope == Scope.SITE ? "site" : "team";
        String agentColumn = scope == Scope.SITE ? "home_site_id" : "team_id";
        String budgetColumn = scope == Scope.SITE ? "site_id" : "team_id";
        return ctx.resultQuery("""
                with hours as (
                    select a.%2$s as scope_id,
                           date_trunc('month', coalesce(e.completed_on, e.due_date))::date as month,
                           sum(c.off_phone_hours) filter (where e.completed_on is not null) as taken,
                           sum(c.off_phone_hours) filter (where e.completed_on is null
                                                          and e.status in ('PLANNED', 'SCHEDULED', 'IN_PROGRESS')) as planned
                    from training_enrolment e
                    join training_course c on c.id = e.course_id
                    join agent a on a.id = e.agent_id
                    where a.%2$s is not null and e.status <> 'EXPIRED'
                      and coalesce(e.completed_on, e.due_date) between ? and ?
                    group by 1, 2),
                budget as (
                    select %3$s as scope_id, month, hours from training_budget
                    where %3$s is not null and month between ? and ?)
                select s.code, s.name, coalesce(h.month, b.month),
                       coalesce(h.taken, 0), coalesce(h.planned, 0), b.hours
                from hours h full join budget b on b.scope_id = h.scope_id and b.month = h.month
                join %1$s s on s.id = coalesce(h.scope_id, b.scope_id)
                order by 3, 2
                """.formatted(scopeTable, agentColumn, budgetColumn),
                        from.atDay(1), to.atEndOfMonth(), from.atDay(1), to.atDay(1))
                .fetch(r -> new OffPhone.Month(r.get(0, String.class), r.get(1, String.class),
                        YearMonth.from(r.get(2, LocalDate.class)), r.get(3, BigDecimal.class),
                        r.get(4, BigDecimal.class), r.get(5, BigDecimal.class)));
    }

    /** A scope's id by code. */
    public Optional<Long> scopeId(Scope scope, String code) {
        return scope == Scope.SITE
                ? ctx.select(SITE.ID).from(SITE).where(SITE.CODE.eq(code)).fetchOptional(SITE.ID)
                : ctx.select(TEAM.ID).from(TEAM).where(TEAM.CODE.eq(code)).fetchOptional(TEAM.ID);
    }

    /** Codes and names of a scope's sites or teams, by name. */
    public List<ScopeOption> scopeOptions(Scope scope) {
        return scope == Scope.SITE
                ? ctx.select(SITE.CODE, SITE.NAME).from(SITE).orderBy(SITE.NAME).fetch(r -> new ScopeOption(r.value1(), r.value2()))
                : ctx.select(TEAM.CODE, TEAM.NAME).from(TEAM).orderBy(TEAM.NAME).fetch(r -> new ScopeOption(r.value1(), r.value2()));
    }

    /** Sets (or with null hours removes) a scope's budget for a month. */
    public void setBudget(Scope scope, long scopeId, YearMonth month, BigDecimal hours, String by) {
        var scopeField = scope == Scope.SITE ? TRAINING_BUDGET.SITE_ID : TRAINING_BUDGET.TEAM_ID;
        ctx.deleteFrom(TRAINING_BUDGET).where(scopeField.eq(scopeId)).and(TRAINING_BUDGET.MONTH.eq(month.atDay(1)))
                .execute();
        if (hours != null) {
            ctx.insertInto(TRAINING_BUDGET).set(scopeField, scopeId).set(TRAINING_BUDGET.MONTH, month.atDay(1))
                    .set(TRAINING_BUDGET.HOURS, hours).set(TRAINING_BUDGET.UPDATED_BY, by)
                    .set(TRAINING_BUDGET.UPDATED_AT, OffsetDateTime.now()).execute();
        }
    }

    public boolean hasBudgets() {
        return ctx.fetchExists(TRAINING_BUDGET);
    }
}
