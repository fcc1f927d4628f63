package dev.frontline.capacity.persistence;

import static dev.frontline.db.Tables.CAPACITY_SCENARIO_QUALITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.capacity.ExpectedQuality;
import dev.frontline.db.tables.records.CapacityScenarioQualityRecord;

/**
 * What the speed–quality frontier's models are fitted on (docs/capacity.md): each agent's months of QA and FCR from
 * the daily KPIs, how each agent was onboarded (their first onboarding path: its courses' hours and nesting), the
 * training they completed outside onboarding, and who left in their first 13 weeks; and the expected quality saved
 * with each computed scenario.
 */
@Repository
public class FrontierSourceRepository {

    /** An agent's month: QA summed over evaluations, FCR over contacts (null sums where nothing was measured). */
    public record AgentMonth(long agentId, LocalDate hireDate, LocalDate month, Double qaSum, int qaEvaluations,
            Double fcrSum, int fcrContacts) {
    }

    /** An agent's first onboarding: its courses' total hours and its nesting weeks. */
    public record Onboarding(long agentId, double classroomHours, int nestingWeeks) {
    }

    /** A completed course outside onboarding. */
    public record Completion(long agentId, LocalDate completedOn, double hours) {
    }

    /** An agent hired in the window, with their exit date if they left. */
    public record Hire(long agentId, LocalDate hireDate, LocalDate exitDate) {
    }

    private final DSLContext ctx;

    FrontierSourceRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<AgentMonth> agentMonths(LocalDate from, LocalDate to) {
        return ctx.fetch("""
                select k.agent_id, a.hire_date, date_trunc('month', k.day)::date as month,
                       sum(k.qa_score * k.qa_evaluations) as qa_sum, sum(k.qa_evaluations) as qa_n,
                       sum(k.fcr_percent * k.contacts_handled) filter (where k.fcr_percent is not null) as fcr_sum,
                       coalesce(sum(k.contacts_handled) filter (where k.fcr_percent is not null), 0) as fcr_n
                from agent_daily_kpi k join agent a on a.id = k.agent_id
                where k.day between ? and ?
                group by k.agent_id, a.hire_date, date_trunc('month', k.day)
                order by k.agent_id, month""", from, to)
                .map(r -> new AgentMonth(r.get(0, Long.class), r.get(1, LocalDate.class), r.get(2, LocalDate.class),
                        r.get(3, Double.class), r.get(4, Integer.class), r.get(5, Double.class),
                        r.get(6, Integer.class)));
    }

    public List<Onboarding> onboardings() {
        return ctx.fetch("""
                select distinct on (pe.agent_id) pe.agent_id,
                       (select coalesce(sum(c.total_hours), 0) from training_path_course pc
                          join training_course c on c.id = pc.course_id where pc.path_id = tp.id) as hours,
                       tp.nesting_weeks
                from training_path_enrolment pe join training_path tp on tp.id = pe.path_id
                where tp.purpose = 'ONBOARDING'
                order by pe.agent_id, pe.enrolled_on, pe.id""")
                .map(r -> new Onboarding(r.get(0, Long.class), r.get(1, Double.class), r.get(2, Integer.class)));
    }

    public List<Completion> trainingOutsideOnboarding(LocalDate from) {
        return ctx.fetch("""
                select e.agent_id, e.completed_on, c.total_hours
                from training_enrolment e join training_course c on c.id = e.course_id
                left join training_path_enrolment pe on pe.id = e.path_enrolment_id
                left join training_path tp on tp.id = pe.path_id
                where e.status = 'COMPLETED' and e.completed_on >= ?
                  and (tp.purpose is null or tp.purpose <> 'ONBOARDING')""", from)
                .map(r -> new Completion(r.get(0, Long.class), r.get(1, LocalDate.class), r.get(2, Double.class)));
    }

    public List<Hire> hiredBetween(LocalDate from, LocalDate to) {
        return ctx.fetch("select id, hire_date, exit_date from agent where hire_date between ? and ?", from, to)
                .map(r -> new Hire(r.get(0, Long.class), r.get(1, LocalDate.class), r.get(2, LocalDate.class)));
    }

    /** Agents employed on the day: the denominator of the centre's coaching hours a week. */
    public int employedOn(LocalDate day) {
        return ctx.fetchOne("select count(*) from agent where hire_date <= ? and (exit_date is null or exit_date >= ?)",
                day, day).get(0, Integer.class);
    }

    /** Stores a scenario's expected quality, replacing the one an earlier computation stored. */
    public void saveQuality(long scenarioId, ExpectedQuality q) {
        CapacityScenarioQualityRecord row = new CapacityScenarioQualityRecord();
        row.setScenarioId(scenarioId);
        row.setQa(q.qa());
        row.setQaSe(q.qaSe());
        row.setFcr(q.fcr());
        row.setFcrSe(q.fcrSe());
        row.setObservations(q.observations());
        row.setAgents(q.agents());
        row.setCohorts(q.cohorts());
        ctx.insertInto(CAPACITY_SCENARIO_QUALITY).set(row)
                .onConflict(CAPACITY_SCENARIO_QUALITY.SCENARIO_ID).doUpdate().set(row)
                .execute();
    }

    public Optional<ExpectedQuality> quality(long scenarioId) {
        return ctx.selectFrom(CAPACITY_SCENARIO_QUALITY).where(CAPACITY_SCENARIO_QUALITY.SCENARIO_ID.eq(scenarioId))
                .fetchOptional(r -> new ExpectedQuality(r.getQa(), r.getQaSe(), r.getFcr(), r.getFcrSe(),
                        r.getObservations(), r.getAgents(), r.getCohorts()));
    }
}
