package dev.frontline.selfservice.bidding.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.BID_AWARD;
import static dev.frontline.db.Tables.BID_ELIGIBILITY;
import static dev.frontline.db.Tables.BID_LINE;
import static dev.frontline.db.Tables.BID_LINE_SHIFT;
import static dev.frontline.db.Tables.BID_LINE_SOURCE;
import static dev.frontline.db.Tables.BID_PARTICIPANT;
import static dev.frontline.db.Tables.BID_RANKING;
import static dev.frontline.db.Tables.BID_ROUND;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.BidPrecedence;
import dev.frontline.db.enums.BidRoundStatus;
import dev.frontline.db.tables.records.BidAwardRecord;
import dev.frontline.db.tables.records.BidEligibilityRecord;
import dev.frontline.db.tables.records.BidLineShiftRecord;
import dev.frontline.db.tables.records.BidLineSourceRecord;
import dev.frontline.db.tables.records.BidParticipantRecord;
import dev.frontline.db.tables.records.BidRankingRecord;
import dev.frontline.selfservice.bidding.BidAward;
import dev.frontline.selfservice.bidding.BidLineShift;
import dev.frontline.selfservice.bidding.BidRound;
import dev.frontline.selfservice.bidding.engine.Precedence;

/** Bid rounds with their lines, participants, eligibility, rankings and awards; callers hold the transaction. */
@Repository
public class BidRepository {

    private final DSLContext ctx;

    BidRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** A participant's facts for the precedence rules and the planner's review. */
    public record AgentRow(long agentId, String employeeNumber, String name, LocalDate hireDate, String team) {
    }

    /** A line as stored, without its shifts. */
    public record LineRow(long id, int number, int copies, List<String> queues, List<String> contracts) {
    }

    /** A participant's place in the order. */
    public record PlaceRow(long agentId, int place, String basis, List<String> args) {
    }

    /** A stored award. */
    public record AwardRow(long agentId, Long lineId, Integer rank, String reason, List<String> args) {
    }

    public long insertRound(long rosterVersionId, LocalDate firstDay, LocalDate lastDay, String timeZone,
            Precedence precedence, Long seed, Long previousRoundId, OffsetDateTime deadline, String by) {
        return ctx.insertInto(BID_ROUND).set(BID_ROUND.ROSTER_VERSION_ID, rosterVersionId)
                .set(BID_ROUND.FIRST_DAY, firstDay).set(BID_ROUND.LAST_DAY, lastDay).set(BID_ROUND.TIME_ZONE, timeZone)
                .set(BID_ROUND.PRECEDENCE, BidPrecedence.valueOf(precedence.name())).set(BID_ROUND.SEED, seed)
                .set(BID_ROUND.PREVIOUS_ROUND_ID, previousRoundId).set(BID_ROUND.DEADLINE, deadline)
                .set(BID_ROUND.CREATED_BY, by).returning(BID_ROUND.ID).fetchSingle(BID_ROUND.ID);
    }

    public long insertLine(long roundId, int number, int copies, List<String> queues, List<String> contracts) {
        return ctx.insertInto(BID_LINE).set(BID_LINE.BID_ROUND_ID, roundId).set(BID_LINE.NUMBER, number)
                .set(BID_LINE.COPIES, copies).set(BID_LINE.QUEUE_CODES, queues.toArray(String[]::new))
                .set(BID_LINE.CONTRACT_CODES, contracts.toArray(String[]::new))
                .returning(BID_LINE.ID).fetchSingle(BID_LINE.ID);
    }

    /** One shift of a line to store; {@code siteId} null = at home. */
    public record NewLineShift(long lineId, LocalDate workDate, Long shiftTemplateId, String shiftCode,
            OffsetDateTime startsAt, int lengthMinutes, Long siteId) {
    }

    public void insertLineShifts(List<NewLineShift> shifts) {
        ctx.batchInsert(shifts.stream().map(s -> {
            BidLineShiftRecord r = new BidLineShiftRecord();
            r.setBidLineId(s.lineId());
            r.setWorkDate(s.workDate());
            r.setShiftTemplateId(s.shiftTemplateId());
            r.setShiftCode(s.shiftCode());
            r.setStartsAt(s.startsAt());
            r.setLengthMinutes(s.lengthMinutes());
            r.setSiteId(s.siteId());
            return r;
        }).toList()).execute();
    }

    public void insertLineSources(long lineId, List<Long> agentIds) {
        ctx.batchInsert(agentIds.stream().map(a -> new BidLineSourceRecord(lineId, a)).toList()).execute();
    }

    public void insertParticipants(long roundId, List<PlaceRow> places) {
        ctx.batchInsert(places.stream().map(p -> new BidParticipantRecord(roundId, p.agentId(), p.place(), p.basis(),
                p.args().toArray(String[]::new))).toList()).execute();
    }

    public void insertEligibility(long roundId, Map<Long, List<Long>> linesByAgent) {
        List<BidEligibilityRecord> rows = new ArrayList<>();
        linesByAgent.forEach((agent, lines) -> lines.forEach(line -> rows.add(new BidEligibilityRecord(roundId, agent, line))));
        if (!rows.isEmpty()) {
            ctx.batchInsert(rows).execute();
        }
    }

    public Optional<BidRound> round(long id) {
        return roundQuery().where(BID_ROUND.ID.eq(id)).fetchOptional(BidRepository::round);
    }

    /** Rounds newest first. */
    public List<BidRound> rounds(int limit) {
        return roundQuery().orderBy(BID_ROUND.ID.desc()).limit(limit).fetch(BidRepository::round);
    }

    /** The newest round the agent takes part in. */
    public Optional<BidRound> newestRoundOf(long agentId) {
        return roundQuery().where(DSL.exists(ctx.selectOne().from(BID_PARTICIPANT)
                        .where(BID_PARTICIPANT.BID_ROUND_ID.eq(BID_ROUND.ID)).and(BID_PARTICIPANT.AGENT_ID.eq(agentId))))
                .orderBy(BID_ROUND.ID.desc()).limit(1).fetchOptional(BidRepository::round);
    }

    /** The newest applied round: its awards order a round by last period's satisfaction. */
    public Optional<BidRound> newestApplied() {
        return roundQuery().where(BID_ROUND.STATUS.eq(BidRoundStatus.APPLIED)).orderBy(BID_ROUND.APPLIED_AT.desc())
                .limit(1).fetchOptional(BidRepository::round);
    }

    public boolean unappliedRoundExists(long rosterVersionId) {
        return ctx.fetchExists(BID_ROUND, BID_ROUND.ROSTER_VERSION_ID.eq(rosterVersionId)
                .and(BID_ROUND.STATUS.ne(BidRoundStatus.APPLIED)));
    }

    /** Locks the round's row until the transaction ends, so rankings, allocation and apply see no change between. */
    public void lock(long roundId) {
        ctx.selectOne().from(BID_ROUND).where(BID_ROUND.ID.eq(roundId)).forUpdate().execute();
    }

    private org.jooq.SelectOnConditionStep<Record> roundQuery() {
        var participants = DSL.select(BID_PARTICIPANT.BID_ROUND_ID, DSL.count().as("n")).from(BID_PARTICIPANT)
                .groupBy(BID_PARTICIPANT.BID_ROUND_ID).asTable("p");
        return ctx.select(BID_ROUND.fields()).select(participants.field("n")).from(BID_ROUND)
                .leftJoin(participants).on(participants.field(BID_PARTICIPANT.BID_ROUND_ID).eq(BID_ROUND.ID));
    }

    private static BidRound round(Record r) {
        Integer n = r.get("n", Integer.class);
        return new BidRound(r.get(BID_ROUND.ID), r.get(BID_ROUND.ROSTER_VERSION_ID), r.get(BID_ROUND.FIRST_DAY),
                r.get(BID_ROUND.LAST_DAY), r.get(BID_ROUND.TIME_ZONE), Precedence.valueOf(r.get(BID_ROUND.PRECEDENCE).getLiteral()),
                r.get(BID_ROUND.SEED), r.get(BID_ROUND.PREVIOUS_ROUND_ID), r.get(BID_ROUND.DEADLINE),
                r.get(BID_ROUND.STATUS), r.get(BID_ROUND.CREATED_AT), r.get(BID_ROUND.CREATED_BY),
                r.get(BID_ROUND.ALLOCATED_AT), r.get(BID_ROUND.APPLIED_VERSION_ID), r.get(BID_ROUND.APPLIED_AT),
                n == null ? 0 : n);
    }

    public List<LineRow> lines(long roundId) {
        return ctx.selectFrom(BID_LINE).where(BID_LINE.BID_ROUND_ID.eq(roundId)).orderBy(BID_LINE.NUMBER)
                .fetch(r -> new LineRow(r.getId(), r.getNumber(), r.getCopies(), Arrays.asList(r.getQueueCodes()),
                        Arrays.asList(r.getContractCodes())));
    }

    /** The shifts of the round's lines by line id, in date order. */
    public Map<Long, List<BidLineShift>> lineShifts(long roundId) {
        Map<Long, List<BidLineShift>> byLine = new LinkedHashMap<>();
        ctx.select(BID_LINE_SHIFT.BID_LINE_ID, BID_LINE_SHIFT.WORK_DATE, BID_LINE_SHIFT.SHIFT_CODE,
                        BID_LINE_SHIFT.STARTS_AT, BID_LINE_SHIFT.LENGTH_MINUTES, SITE.CODE)
                .from(BID_LINE_SHIFT).join(BID_LINE).on(BID_LINE.ID.eq(BID_LINE_SHIFT.BID_LINE_ID))
                .leftJoin(SITE).on(SITE.ID.eq(BID_LINE_SHIFT.SITE_ID))
                .where(BID_LINE.BID_ROUND_ID.eq(roundId)).orderBy(BID_LINE_SHIFT.BID_LINE_ID, BID_LINE_SHIFT.WORK_DATE)
                .forEach(r -> byLine.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new BidLineShift(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return byLine;
    }

    /** The source agents of each line (planner side only), lowest agent id first. */
    public Map<Long, List<Long>> lineSources(long roundId) {
        Map<Long, List<Long>> byLine = new LinkedHashMap<>();
        ctx.select(BID_LINE_SOURCE.BID_LINE_ID, BID_LINE_SOURCE.AGENT_ID).from(BID_LINE_SOURCE)
                .join(BID_LINE).on(BID_LINE.ID.eq(BID_LINE_SOURCE.BID_LINE_ID)).where(BID_LINE.BID_ROUND_ID.eq(roundId))
                .orderBy(BID_LINE_SOURCE.BID_LINE_ID, BID_LINE_SOURCE.AGENT_ID)
                .forEach(r -> byLine.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byLine;
    }

    public List<PlaceRow> places(long roundId) {
        return ctx.selectFrom(BID_PARTICIPANT).where(BID_PARTICIPANT.BID_ROUND_ID.eq(roundId))
                .orderBy(BID_PARTICIPANT.PLACE)
                .fetch(r -> new PlaceRow(r.getAgentId(), r.getPlace(), r.getBasisCode(), Arrays.asList(r.getBasisArgs())));
    }

    public Optional<PlaceRow> place(long roundId, long agentId) {
        return ctx.selectFrom(BID_PARTICIPANT).where(BID_PARTICIPANT.BID_ROUND_ID.eq(roundId))
                .and(BID_PARTICIPANT.AGENT_ID.eq(agentId))
                .fetchOptional(r -> new PlaceRow(r.getAgentId(), r.getPlace(), r.getBasisCode(),
                        Arrays.asList(r.getBasisArgs())));
    }

    /** Each participant's eligible lines. */
    public Map<Long, List<Long>> eligibility(long roundId) {
        Map<Long, List<Long>> byAgent = new LinkedHashMap<>();
        ctx.select(BID_ELIGIBILITY.AGENT_ID, BID_ELIGIBILITY.BID_LINE_ID).from(BID_ELIGIBILITY)
                .where(BID_ELIGIBILITY.BID_ROUND_ID.eq(roundId)).orderBy(BID_ELIGIBILITY.AGENT_ID, BID_ELIGIBILITY.BID_LINE_ID)
                .forEach(r -> byAgent.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byAgent;
    }

    public List<Long> eligibleLines(long roundId, long agentId) {
        return ctx.select(BID_ELIGIBILITY.BID_LINE_ID).from(BID_ELIGIBILITY).where(BID_ELIGIBILITY.BID_ROUND_ID.eq(roundId))
                .and(BID_ELIGIBILITY.AGENT_ID.eq(agentId)).orderBy(BID_ELIGIBILITY.BID_LINE_ID).fetch(BID_ELIGIBILITY.BID_LINE_ID);
    }

    public List<Long> ranking(long roundId, long agentId) {
        return ctx.select(BID_RANKING.BID_LINE_ID).from(BID_RANKING).where(BID_RANKING.BID_ROUND_ID.eq(roundId))
                .and(BID_RANKING.AGENT_ID.eq(agentId)).orderBy(BID_RANKING.RANK).fetch(BID_RANKING.BID_LINE_ID);
    }

    public Map<Long, List<Long>> rankings(long roundId) {
        Map<Long, List<Long>> byAgent = new LinkedHashMap<>();
        ctx.select(BID_RANKING.AGENT_ID, BID_RANKING.BID_LINE_ID).from(BID_RANKING).where(BID_RANKING.BID_ROUND_ID.eq(roundId))
                .orderBy(BID_RANKING.AGENT_ID, BID_RANKING.RANK)
                .forEach(r -> byAgent.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byAgent;
    }

    public void replaceRanking(long roundId, long agentId, List<Long> lineIds) {
        ctx.deleteFrom(BID_RANKING).where(BID_RANKING.BID_ROUND_ID.eq(roundId)).and(BID_RANKING.AGENT_ID.eq(agentId))
                .execute();
        List<BidRankingRecord> rows = new ArrayList<>();
        for (int i = 0; i < lineIds.size(); i++) {
            rows.add(new BidRankingRecord(roundId, agentId, i + 1, lineIds.get(i)));
        }
        if (!rows.isEmpty()) {
            ctx.batchInsert(rows).execute();
        }
    }

    public void replaceAwards(long roundId, List<AwardRow> awards) {
        ctx.deleteFrom(BID_AWARD).where(BID_AWARD.BID_ROUND_ID.eq(roundId)).execute();
        if (!awards.isEmpty()) {
            ctx.batchInsert(awards.stream().map(a -> new BidAwardRecord(roundId, a.agentId(), a.lineId(), a.rank(),
                    a.reason(), a.args().toArray(String[]::new))).toList()).execute();
        }
    }

    public List<AwardRow> awards(long roundId) {
        return ctx.selectFrom(BID_AWARD).where(BID_AWARD.BID_ROUND_ID.eq(roundId))
                .fetch(r -> new AwardRow(r.getAgentId(), r.getBidLineId(), r.getRankObtained(), r.getReasonCode(),
                        Arrays.asList(r.getReasonArgs())));
    }

    /** The awards of a round in the planner's words: agent, team, place and line number, in precedence order. */
    public List<BidAward> awardsInOrder(long roundId) {
        return ctx.select(BID_AWARD.AGENT_ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, TEAM.NAME,
                        BID_PARTICIPANT.PLACE, BID_AWARD.BID_LINE_ID, BID_LINE.NUMBER, BID_AWARD.RANK_OBTAINED,
                        BID_AWARD.REASON_CODE, BID_AWARD.REASON_ARGS)
                .from(BID_AWARD).join(AGENT).on(AGENT.ID.eq(BID_AWARD.AGENT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .join(BID_PARTICIPANT).on(BID_PARTICIPANT.BID_ROUND_ID.eq(BID_AWARD.BID_ROUND_ID))
                .and(BID_PARTICIPANT.AGENT_ID.eq(BID_AWARD.AGENT_ID))
                .leftJoin(BID_LINE).on(BID_LINE.ID.eq(BID_AWARD.BID_LINE_ID))
                .where(BID_AWARD.BID_ROUND_ID.eq(roundId)).orderBy(BID_PARTICIPANT.PLACE)
                .fetch(r -> new BidAward(r.value1(), r.value2(), r.value3() + " " + r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), Arrays.asList(r.value11())));
    }

    /** Facts of the given agents for the precedence rules and the review. */
    public Map<Long, AgentRow> agents(java.util.Collection<Long> agentIds) {
        Map<Long, AgentRow> byId = new LinkedHashMap<>();
        ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, AGENT.HIRE_DATE, TEAM.NAME)
                .from(AGENT).leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID)).where(AGENT.ID.in(agentIds))
                .forEach(r -> byId.put(r.value1(), new AgentRow(r.value1(), r.value2(), r.value3() + " " + r.value4(),
                        r.value5(), r.value6())));
        return byId;
    }

    public void markAllocated(long roundId, String by, OffsetDateTime at) {
        ctx.update(BID_ROUND).set(BID_ROUND.STATUS, BidRoundStatus.ALLOCATED).set(BID_ROUND.ALLOCATED_AT, at)
                .set(BID_ROUND.ALLOCATED_BY, by).where(BID_ROUND.ID.eq(roundId)).execute();
    }

    public void markApplied(long roundId, long versionId, String by, OffsetDateTime at) {
        ctx.update(BID_ROUND).set(BID_ROUND.STATUS, BidRoundStatus.APPLIED).set(BID_ROUND.APPLIED_VERSION_ID, versionId)
                .set(BID_ROUND.APPLIED_AT, at).set(BID_ROUND.APPLIED_BY, by).where(BID_ROUND.ID.eq(roundId)).execute();
    }
}
