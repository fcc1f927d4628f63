package dev.frontline.quality.speed.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.quality.speed.AgentRef;
import dev.frontline.quality.speed.TeamRef;
import dev.frontline.quality.speed.engine.KpiSums;
import dev.frontline.quality.speed.engine.MonthSums;

/**
 * Reads of {@code agent_daily_kpi} (V15) summed per agent and month in the database, each average multiplied by
 * what it was measured on, so the engine's {@link KpiSums} weigh every day as the daily rows would; and the teams and
 * agents to name them.
 */
@Repository
public class SpeedQualityRepository {

    private final DSLContext ctx;

    SpeedQualityRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<TeamRef> teams() {
        return ctx.select(TEAM.ID, TEAM.CODE, TEAM.NAME, SITE.CODE)
                .from(TEAM).join(SITE).on(SITE.ID.eq(TEAM.SITE_ID))
                .orderBy(TEAM.CODE)
                .fetch(Records.mapping(TeamRef::new));
    }

    public Optional<TeamRef> team(long teamId) {
        return ctx.select(TEAM.ID, TEAM.CODE, TEAM.NAME, SITE.CODE)
                .from(TEAM).join(SITE).on(SITE.ID.eq(TEAM.SITE_ID))
                .where(TEAM.ID.eq(teamId))
                .fetchOptional(Records.mapping(TeamRef::new));
    }

    /** Agents of the team (today's membership) employed at some time between the two days. */
    public List<AgentRef> members(long teamId, LocalDate from, LocalDate to) {
        return agents(AGENT.TEAM_ID.eq(teamId).and(employedBetween(from, to)));
    }

    /** Every agent, current and past. */
    public List<AgentRef> allAgents() {
        return agents(DSL.noCondition());
    }

    public Optional<AgentRef> agentByEmployeeNumber(String employeeNumber) {
        return agents(AGENT.EMPLOYEE_NUMBER.eq(employeeNumber)).stream().findFirst();
    }

    public Optional<AgentRef> agent(long agentId) {
        return agents(AGENT.ID.eq(agentId)).stream().findFirst();
    }

    private List<AgentRef> agents(Condition where) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, AGENT.TEAM_ID,
                        AGENT.HIRE_DATE, AGENT.EXIT_DATE)
                .from(AGENT)
                .where(where)
                .orderBy(AGENT.LAST_NAME, AGENT.FIRST_NAME, AGENT.ID)
                .fetch(Records.mapping(AgentRef::new));
    }

    private static Condition employedBetween(LocalDate from, LocalDate to) {
        return AGENT.HIRE_DATE.le(to).and(AGENT.EXIT_DATE.isNull().or(AGENT.EXIT_DATE.ge(from)));
    }

    /** Sums per agent and month of the days between {@code from} and {@code to} (inclusive) of the team's agents. */
    public List<MonthSums> teamMonthSums(long teamId, LocalDate from, LocalDate to) {
        return monthSums(AGENT.TEAM_ID.eq(teamId), from, to);
    }

    /** Sums per agent and month of every agent of the centre. */
    public List<MonthSums> centreMonthSums(LocalDate from, LocalDate to) {
        return monthSums(DSL.noCondition(), from, to);
    }

    public List<MonthSums> agentMonthSums(long agentId, LocalDate from, LocalDate to) {
        return monthSums(AGENT.ID.eq(agentId), from, to);
    }

    /** The last day with figures, empty when none were recorded. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(ctx.select(DSL.max(AGENT_DAILY_KPI.DAY)).from(AGENT_DAILY_KPI).fetchOne(0, LocalDate.class));
    }

    private List<MonthSums> monthSums(Condition agents, LocalDate from, LocalDate to) {
        var k = AGENT_DAILY_KPI;
        Field<Integer> year = DSL.extract(k.DAY, DatePart.YEAR).as("y");
        Field<Integer> month = DSL.extract(k.DAY, DatePart.MONTH).as("m");
        Field<BigDecimal> contacts = k.CONTACTS_HANDLED.cast(BigDecimal.class);
        Field<BigDecimal> evaluations = k.QA_EVALUATIONS.cast(BigDecimal.class);
        Field<BigDecimal> responses = k.SURVEY_RESPONSES.cast(BigDecimal.class);
        return ctx.select(k.AGENT_ID, year, month,
                        sum(contacts, DSL.noCondition()),
                        sum(k.AHT_SECONDS.mul(contacts), k.AHT_SECONDS.isNotNull()),
                        sum(contacts, k.AHT_SECONDS.isNotNull()),
                        sum(k.QA_SCORE.mul(evaluations), k.QA_SCORE.isNotNull()),
                        sum(evaluations, k.QA_SCORE.isNotNull()),
                        sum(k.FCR_PERCENT.mul(contacts), k.FCR_PERCENT.isNotNull()),
                        sum(contacts, k.FCR_PERCENT.isNotNull()),
                        sum(k.CSAT.mul(responses), k.CSAT.isNotNull()),
                        sum(responses, k.CSAT.isNotNull()),
                        sum(k.CES.mul(responses), k.CES.isNotNull()),
                        sum(responses, k.CES.isNotNull()),
                        sum(responses, DSL.noCondition()),
                        DSL.count())
                .from(k).join(AGENT).on(AGENT.ID.eq(k.AGENT_ID))
                .where(agents, k.DAY.between(from, to))
                .groupBy(k.AGENT_ID, DSL.field(DSL.name("y")), DSL.field(DSL.name("m")))
                .orderBy(k.AGENT_ID, DSL.field(DSL.name("y")), DSL.field(DSL.name("m")))
                .fetch(r -> new MonthSums(r.value1(), YearMonth.of(r.value2(), r.value3()),
                        new KpiSums(r.value4().longValue(), r.value5().doubleValue(), r.value6().longValue(),
                                r.value7().doubleValue(), r.value8().longValue(), r.value9().doubleValue(),
                                r.value10().longValue(), r.value11().doubleValue(), r.value12().longValue(),
                                r.value13().doubleValue(), r.value14().longValue(), r.value15().longValue(),
                                r.value16())));
    }

    private static Field<BigDecimal> sum(Field<BigDecimal> value, Condition when) {
        return DSL.coalesce(DSL.sum(value).filterWhere(when), BigDecimal.ZERO);
    }
}
