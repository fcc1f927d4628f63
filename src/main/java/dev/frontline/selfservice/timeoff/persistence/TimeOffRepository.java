package dev.frontline.selfservice.timeoff.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.TEAM;
import static dev.frontline.db.Tables.TIME_OFF;
import static dev.frontline.db.Tables.TIME_OFF_ALLOWANCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.RequestStatus;
import dev.frontline.selfservice.timeoff.ContractAllowance;
import dev.frontline.selfservice.timeoff.TimeOffRequest;

/** Time-off requests and decisions ({@code time_off}) and the contracts' allowances ({@code time_off_allowance}). */
@Repository
public class TimeOffRepository {

    private final DSLContext ctx;

    TimeOffRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Inserts a pending request; empty when the same agent has an open request of the same days (a double submit). */
    public Optional<Long> insert(long agentId, LocalDate firstDay, LocalDate lastDay, String kind, String note,
            int workingDays, OffsetDateTime at) {
        return ctx.insertInto(TIME_OFF)
                .set(TIME_OFF.AGENT_ID, agentId)
                .set(TIME_OFF.FIRST_DAY, firstDay)
                .set(TIME_OFF.LAST_DAY, lastDay)
                .set(TIME_OFF.KIND, kind)
                .set(TIME_OFF.NOTE, note)
                .set(TIME_OFF.WORKING_DAYS, workingDays)
                .set(TIME_OFF.CREATED_AT, at)
                .onConflict(TIME_OFF.AGENT_ID, TIME_OFF.FIRST_DAY, TIME_OFF.LAST_DAY)
                .where(TIME_OFF.STATUS.ne(RequestStatus.REJECTED)).doNothing()
                .returning(TIME_OFF.ID).fetchOptional(TIME_OFF.ID);
    }

    /** Serialises one agent's own requests (the balance counts their other requests). */
    public void lockAgent(long agentId) {
        ctx.select(AGENT.ID).from(AGENT).where(AGENT.ID.eq(agentId)).forUpdate().fetch();
    }

    public Optional<TimeOffRequest> find(long id) {
        return query(TIME_OFF.ID.eq(id)).stream().findFirst();
    }

    /** The open (pending or approved) request of exactly these days, if any. */
    public Optional<TimeOffRequest> open(long agentId, LocalDate firstDay, LocalDate lastDay) {
        return query(TIME_OFF.AGENT_ID.eq(agentId).and(TIME_OFF.FIRST_DAY.eq(firstDay)).and(TIME_OFF.LAST_DAY.eq(lastDay))
                .and(TIME_OFF.STATUS.ne(RequestStatus.REJECTED))).stream().findFirst();
    }

    /** The agent's open requests that share a day with the period. */
    public List<TimeOffRequest> overlapping(long agentId, LocalDate firstDay, LocalDate lastDay) {
        return query(TIME_OFF.AGENT_ID.eq(agentId).and(TIME_OFF.STATUS.ne(RequestStatus.REJECTED))
                .and(TIME_OFF.FIRST_DAY.le(lastDay)).and(TIME_OFF.LAST_DAY.ge(firstDay)));
    }

    public List<TimeOffRequest> ofAgent(long agentId) {
        return query(TIME_OFF.AGENT_ID.eq(agentId));
    }

    public List<TimeOffRequest> pending() {
        return query(TIME_OFF.STATUS.eq(RequestStatus.REQUESTED));
    }

    public boolean approvedOn(long agentId, LocalDate day) {
        return ctx.fetchExists(TIME_OFF, TIME_OFF.AGENT_ID.eq(agentId).and(TIME_OFF.STATUS.eq(RequestStatus.APPROVED))
                .and(TIME_OFF.FIRST_DAY.le(day)).and(TIME_OFF.LAST_DAY.ge(day)));
    }

    /** Working days of the agent's requests of a kind with the status whose first day falls in the year. */
    public int workingDays(long agentId, String kind, int year, RequestStatus status) {
        return ctx.select(DSL.coalesce(DSL.sum(TIME_OFF.WORKING_DAYS), BigDecimal.ZERO)).from(TIME_OFF)
                .where(TIME_OFF.AGENT_ID.eq(agentId)).and(TIME_OFF.KIND.eq(kind)).and(TIME_OFF.STATUS.eq(status))
                .and(TIME_OFF.FIRST_DAY.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetchSingle().value1().intValue();
    }

    /** Days per year the contract grants of a kind (zero without an allowance row). */
    public BigDecimal allowance(long contractId, String kind) {
        return ctx.select(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).from(TIME_OFF_ALLOWANCE)
                .where(TIME_OFF_ALLOWANCE.CONTRACT_ID.eq(contractId)).and(TIME_OFF_ALLOWANCE.KIND.eq(kind))
                .fetchOptional(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).orElse(BigDecimal.ZERO);
    }

    /** Every contract with its vacation and personal days per year (zero without a row) and its active agents. */
    public List<ContractAllowance> contractAllowances() {
        Field<BigDecimal> vacation = allowanceOf("VACATION");
        Field<BigDecimal> personal = allowanceOf("PERSONAL");
        Field<Integer> agents = DSL.field(DSL.selectCount().from(AGENT).where(AGENT.CONTRACT_ID.eq(CONTRACT.ID))
                .and(AGENT.EXIT_DATE.isNull()));
        return ctx.select(CONTRACT.CODE, CONTRACT.NAME, agents, vacation, personal).from(CONTRACT).orderBy(CONTRACT.CODE)
                .fetch(Records.mapping(ContractAllowance::new));
    }

    private static Field<BigDecimal> allowanceOf(String kind) {
        return DSL.coalesce(DSL.field(DSL.select(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).from(TIME_OFF_ALLOWANCE)
                .where(TIME_OFF_ALLOWANCE.CONTRACT_ID.eq(CONTRACT.ID)).and(TIME_OFF_ALLOWANCE.KIND.eq(kind))), BigDecimal.ZERO);
    }

    public Optional<Long> contractId(String code) {
        return ctx.select(CONTRACT.ID).from(CONTRACT).where(CONTRACT.CODE.eq(code)).fetchOptional(CONTRACT.ID);
    }

    public void saveAllowance(long contractId, String kind, BigDecimal daysPerYear) {
        ctx.insertInto(TIME_OFF_ALLOWANCE).set(TIME_OFF_ALLOWANCE.CONTRACT_ID, contractId)
                .set(TIME_OFF_ALLOWANCE.KIND, kind).set(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR, daysPerYear)
                .onConflict(TIME_OFF_ALLOWANCE.CONTRACT_ID, TIME_OFF_ALLOWANCE.KIND).doUpdate()
                .set(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR, daysPerYear).execute();
    }

    /** Decides a pending request; false when it is no longer pending. */
    public boolean decide(long id, RequestStatus status, String by, String reason, boolean automatic, OffsetDateTime at) {
        return ctx.update(TIME_OFF).set(TIME_OFF.STATUS, status).set(TIME_OFF.DECIDED_AT, at)
                .set(TIME_OFF.DECIDED_BY, by).set(TIME_OFF.DECISION_REASON, reason)
                .set(TIME_OFF.DECIDED_AUTOMATICALLY, automatic)
                .where(TIME_OFF.ID.eq(id)).and(TIME_OFF.STATUS.eq(RequestStatus.REQUESTED)).execute() == 1;
    }

    /** Deletes a pending request of the agent (withdrawn); false when there is none. */
    public boolean withdraw(long agentId, long id) {
        return ctx.deleteFrom(TIME_OFF).where(TIME_OFF.ID.eq(id)).and(TIME_OFF.AGENT_ID.eq(agentId))
                .and(TIME_OFF.STATUS.eq(RequestStatus.REQUESTED)).execute() == 1;
    }

    private List<TimeOffRequest> query(Condition where) {
        return ctx.select(TIME_OFF.ID, TIME_OFF.AGENT_ID, AGENT.EMPLOYEE_NUMBER,
                        DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME), TEAM.NAME, TIME_OFF.FIRST_DAY,
                        TIME_OFF.LAST_DAY, TIME_OFF.KIND, TIME_OFF.STATUS, TIME_OFF.NOTE, TIME_OFF.CREATED_AT,
                        TIME_OFF.DECIDED_AT, TIME_OFF.DECIDED_BY, TIME_OFF.DECISION_REASON,
                        TIME_OFF.DECIDED_AUTOMATICALLY, TIME_OFF.WORKING_DAYS)
                .from(TIME_OFF).join(AGENT).on(AGENT.ID.eq(TIME_OFF.AGENT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .where(where).orderBy(TIME_OFF.FIRST_DAY, TIME_OFF.ID)
                .fetch(r -> new TimeOffRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14(), r.value15(), r.value16()));
    }
}
