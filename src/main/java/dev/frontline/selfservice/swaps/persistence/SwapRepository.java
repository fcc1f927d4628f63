package dev.frontline.selfservice.swaps.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.OPEN_SHIFT;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SHIFT_SWAP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.SwapStatus;
import dev.frontline.db.tables.Agent;
import dev.frontline.selfservice.swaps.OpenShift;
import dev.frontline.selfservice.swaps.ShiftSwap;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;

/** Swaps of published shifts and open shifts with their claims. */
@Repository
public class SwapRepository {

    private static final Agent REQUESTER = AGENT.as("requester");
    private static final Agent COLLEAGUE = AGENT.as("colleague");

    private final DSLContext ctx;

    SwapRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** An active agent by employee number: id and name. */
    public record Colleague(long id, String employeeNumber, String name) {
    }

    public Optional<Colleague> activeAgent(String employeeNumber) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME).from(AGENT)
                .where(AGENT.EMPLOYEE_NUMBER.eq(employeeNumber)).and(AGENT.STATUS.eq(AgentStatus.ACTIVE))
                .fetchOptional(r -> new Colleague(r.value1(), r.value2(), r.value3() + " " + r.value4()));
    }

    public Optional<Colleague> agent(long agentId) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME).from(AGENT)
                .where(AGENT.ID.eq(agentId))
                .fetchOptional(r -> new Colleague(r.value1(), r.value2(), r.value3() + " " + r.value4()));
    }

    /** Whether the agent holds the skill a queue asks for. */
    public boolean holdsSkillOf(long agentId, String queueCode) {
        return ctx.fetchExists(ctx.selectOne().from(AGENT_SKILL).join(QUEUE).on(QUEUE.SKILL_ID.eq(AGENT_SKILL.SKILL_ID))
                .where(AGENT_SKILL.AGENT_ID.eq(agentId)).and(QUEUE.CODE.eq(queueCode)));
    }

    /** A queue's name by its code ("Billing – Turkish – voice"), for refusals that name the queue. */
    public Optional<String> queueName(String queueCode) {
        return ctx.select(QUEUE.NAME).from(QUEUE).where(QUEUE.CODE.eq(queueCode)).fetchOptional(QUEUE.NAME);
    }

    /** Serialises the self-service changes of one roster version for the rest of the transaction. */
    public void lockVersion(long rosterVersionId) {
        ctx.execute("select pg_advisory_xact_lock({0}, {1})", DSL.inline(0x5357), DSL.inline((int) rosterVersionId));
    }

    /** Stores a proposed swap; empty when the requester's shift is already in an open swap. */
    public Optional<Long> insertSwap(long versionId, long requesterId, LocalDate requesterDate, long colleagueId,
            LocalDate colleagueDate, String note) {
        return ctx.insertInto(SHIFT_SWAP).set(SHIFT_SWAP.ROSTER_VERSION_ID, versionId)
                .set(SHIFT_SWAP.REQUESTER_AGENT_ID, requesterId).set(SHIFT_SWAP.REQUESTER_DATE, requesterDate)
                .set(SHIFT_SWAP.COLLEAGUE_AGENT_ID, colleagueId).set(SHIFT_SWAP.COLLEAGUE_DATE, colleagueDate)
                .set(SHIFT_SWAP.NOTE, note)
                .onConflictDoNothing()
                .returning(SHIFT_SWAP.ID).fetchOptional(SHIFT_SWAP.ID);
    }

    public Optional<ShiftSwap> swap(long id) {
        return swapQuery().where(SHIFT_SWAP.ID.eq(id)).fetchOptional(SwapRepository::swap);
    }

    /** Swaps the agent asked for or was asked for, newest first. */
    public List<ShiftSwap> swapsOf(long agentId) {
        return swapQuery().where(SHIFT_SWAP.REQUESTER_AGENT_ID.eq(agentId).or(SHIFT_SWAP.COLLEAGUE_AGENT_ID.eq(agentId)))
                .orderBy(SHIFT_SWAP.ID.desc()).fetch(SwapRepository::swap);
    }

    public List<ShiftSwap> swapsIn(SwapStatus status) {
        return swapQuery().where(SHIFT_SWAP.STATUS.eq(status)).orderBy(SHIFT_SWAP.ID).fetch(SwapRepository::swap);
    }

    /**
     * Moves a swap from one of {@code from} to {@code to}; false when it is no longer in one of them (someone decided
     * first), so a decision is taken once.
     */
    public boolean decide(long id, List<SwapStatus> from, SwapStatus to, String ruleCode, List<String> ruleArgs,
            Phrase ruleDetail, String decidedBy, OffsetDateTime at) {
        var update = ctx.update(SHIFT_SWAP).set(SHIFT_SWAP.STATUS, to).set(SHIFT_SWAP.RULE_CODE, ruleCode)
                .set(SHIFT_SWAP.RULE_ARGS, ruleArgs.toArray(String[]::new))
                .set(SHIFT_SWAP.RULE_PHRASE, ruleDetail == null ? null : JSONB.valueOf(PhraseJson.encode(ruleDetail)));
        if (to == SwapStatus.PROPOSED) {
            update = update.setNull(SHIFT_SWAP.DECIDED_AT).setNull(SHIFT_SWAP.DECIDED_BY);
        } else {
            update = update.set(SHIFT_SWAP.DECIDED_AT, at).set(SHIFT_SWAP.DECIDED_BY, decidedBy);
        }
        return update.where(SHIFT_SWAP.ID.eq(id)).and(SHIFT_SWAP.STATUS.in(from)).execute() == 1;
    }

    public void replaceOpenShifts(long versionId, List<NewOpenShift> shifts) {
        ctx.deleteFrom(OPEN_SHIFT).where(OPEN_SHIFT.ROSTER_VERSION_ID.eq(versionId))
                .and(OPEN_SHIFT.CLAIMED_BY_AGENT_ID.isNull()).execute();
        var insert = ctx.insertInto(OPEN_SHIFT, OPEN_SHIFT.ROSTER_VERSION_ID, OPEN_SHIFT.WORK_DATE, OPEN_SHIFT.SHIFT_TEMPLATE_ID,
                OPEN_SHIFT.SHIFT_CODE, OPEN_SHIFT.STARTS_AT, OPEN_SHIFT.LENGTH_MINUTES, OPEN_SHIFT.QUEUE_CODE,
                OPEN_SHIFT.GAP_INTERVALS);
        for (NewOpenShift s : shifts) {
            insert = insert.values(versionId, s.workDate(), s.shiftTemplateId(), s.shiftCode(), s.startsAt(),
                    s.lengthMinutes(), s.queueCode(), s.gapIntervals());
        }
        if (!shifts.isEmpty()) {
            insert.execute();
        }
    }

    /** An open shift to store. */
    public record NewOpenShift(LocalDate workDate, Long shiftTemplateId, String shiftCode, OffsetDateTime startsAt,
            int lengthMinutes, String queueCode, int gapIntervals) {
    }

    /** Open shifts of the given versions from {@code from} on, in order of start. */
    public List<OpenShift> openShifts(List<Long> versionIds, LocalDate from, boolean unclaimedOnly) {
        Condition condition = OPEN_SHIFT.ROSTER_VERSION_ID.in(versionIds).and(OPEN_SHIFT.WORK_DATE.ge(from));
        if (unclaimedOnly) {
            condition = condition.and(OPEN_SHIFT.CLAIMED_BY_AGENT_ID.isNull());
        }
        return ctx.selectFrom(OPEN_SHIFT).where(condition).orderBy(OPEN_SHIFT.STARTS_AT, OPEN_SHIFT.ID)
                .fetch(SwapRepository::openShift);
    }

    /** Every queue's name by its code: open shifts say their queue in planner words. */
    public java.util.Map<String, String> queueNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        ctx.select(QUEUE.CODE, QUEUE.NAME).from(QUEUE).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    public Optional<OpenShift> openShift(long id) {
        return ctx.selectFrom(OPEN_SHIFT).where(OPEN_SHIFT.ID.eq(id)).fetchOptional(SwapRepository::openShift);
    }

    /**
     * Claims the open shift for the agent if nobody has: one conditional update, so of any number of claims at once
     * PostgreSQL lets exactly one through (the others wait for its row lock, then find it claimed).
     */
    public boolean claim(long openShiftId, long agentId, OffsetDateTime at) {
        return ctx.update(OPEN_SHIFT).set(OPEN_SHIFT.CLAIMED_BY_AGENT_ID, agentId).set(OPEN_SHIFT.CLAIMED_AT, at)
                .where(OPEN_SHIFT.ID.eq(openShiftId)).and(OPEN_SHIFT.CLAIMED_BY_AGENT_ID.isNull()).execute() == 1;
    }

    private org.jooq.SelectOnConditionStep<Record> swapQuery() {
        return ctx.select(SHIFT_SWAP.asterisk(), REQUESTER.FIRST_NAME, REQUESTER.LAST_NAME, COLLEAGUE.FIRST_NAME,
                        COLLEAGUE.LAST_NAME)
                .from(SHIFT_SWAP).join(REQUESTER).on(REQUESTER.ID.eq(SHIFT_SWAP.REQUESTER_AGENT_ID))
                .join(COLLEAGUE).on(COLLEAGUE.ID.eq(SHIFT_SWAP.COLLEAGUE_AGENT_ID));
    }

    private static ShiftSwap swap(Record r) {
        JSONB detail = r.get(SHIFT_SWAP.RULE_PHRASE);
        return new ShiftSwap(r.get(SHIFT_SWAP.ID), r.get(SHIFT_SWAP.ROSTER_VERSION_ID), r.get(SHIFT_SWAP.REQUESTER_AGENT_ID),
                r.get(REQUESTER.FIRST_NAME) + " " + r.get(REQUESTER.LAST_NAME), r.get(SHIFT_SWAP.REQUESTER_DATE),
                r.get(SHIFT_SWAP.COLLEAGUE_AGENT_ID), r.get(COLLEAGUE.FIRST_NAME) + " " + r.get(COLLEAGUE.LAST_NAME),
                r.get(SHIFT_SWAP.COLLEAGUE_DATE), r.get(SHIFT_SWAP.STATUS), r.get(SHIFT_SWAP.RULE_CODE),
                Arrays.asList(r.get(SHIFT_SWAP.RULE_ARGS)), r.get(SHIFT_SWAP.NOTE), r.get(SHIFT_SWAP.CREATED_AT),
                r.get(SHIFT_SWAP.DECIDED_AT), r.get(SHIFT_SWAP.DECIDED_BY),
                detail == null ? null : PhraseJson.decode(detail.data()));
    }

    private static OpenShift openShift(dev.frontline.db.tables.records.OpenShiftRecord r) {
        return new OpenShift(r.getId(), r.getRosterVersionId(), r.getWorkDate(), r.getShiftCode(), r.getStartsAt(),
                r.getLengthMinutes(), r.getQueueCode(), r.getGapIntervals(), r.getClaimedByAgentId(), r.getClaimedAt());
    }
}
