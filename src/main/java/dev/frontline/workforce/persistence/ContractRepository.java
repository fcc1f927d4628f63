package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.ContractRecord;
import dev.frontline.workforce.masterdata.ContractDraft;
import dev.frontline.workforce.masterdata.ContractDraft.AllowedTemplate;
import dev.frontline.workforce.masterdata.Stored;

@Repository
public class ContractRepository {

    private final DSLContext ctx;

    ContractRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Stored<ContractDraft>> findAll() {
        return select(DSL.noCondition());
    }

    public Optional<Stored<ContractDraft>> find(long id) {
        return select(CONTRACT.ID.eq(id)).stream().findFirst();
    }

    private List<Stored<ContractDraft>> select(Condition where) {
        var c = CONTRACT;
        return ctx.select(c.ID, c.VERSION, c.CODE, c.NAME, c.MIN_MINUTES_PER_WEEK, c.MAX_MINUTES_PER_WEEK,
                        c.OVERTIME_AFTER_MINUTES_PER_WEEK, c.MIN_REST_MINUTES, c.MIN_CONSECUTIVE_WORKING_DAYS,
                        c.MAX_CONSECUTIVE_WORKING_DAYS, c.MIN_CONSECUTIVE_DAYS_OFF, c.MAX_WEEKENDS_PER_4_WEEKS,
                        c.MAX_NIGHT_SHIFTS_PER_WEEK, c.NIGHT_STARTS_AT, c.NIGHT_ENDS_AT, c.MIN_OFFICE_DAYS_PER_WEEK,
                        DSL.multiset(DSL.select(SHIFT_TEMPLATE.CODE, CONTRACT_SHIFT_TEMPLATE.MAX_SHIFTS_PER_4_WEEKS)
                                        .from(CONTRACT_SHIFT_TEMPLATE)
                                        .join(SHIFT_TEMPLATE).on(SHIFT_TEMPLATE.ID.eq(CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID))
                                        .where(CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID.eq(c.ID))
                                        .orderBy(SHIFT_TEMPLATE.CODE))
                                .convertFrom(r -> r.map(Records.mapping(AllowedTemplate::new))))
                .from(c)
                .where(where)
                .orderBy(c.CODE)
                .fetch(r -> new Stored<>(r.value1(), r.value2(), new ContractDraft(r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(), r.value16(), r.value17())));
    }

    /** The contract's own columns from a draft, written alike by insert and update. */
    private ContractRecord columns(ContractDraft d) {
        var c = CONTRACT;
        return ctx.newRecord(c).with(c.CODE, d.code()).with(c.NAME, d.name())
                .with(c.MIN_MINUTES_PER_WEEK, d.minMinutesPerWeek()).with(c.MAX_MINUTES_PER_WEEK, d.maxMinutesPerWeek())
                .with(c.OVERTIME_AFTER_MINUTES_PER_WEEK, d.overtimeAfterMinutesPerWeek())
                .with(c.MIN_REST_MINUTES, d.minRestMinutes())
                .with(c.MIN_CONSECUTIVE_WORKING_DAYS, d.minConsecutiveWorkingDays())
                .with(c.MAX_CONSECUTIVE_WORKING_DAYS, d.maxConsecutiveWorkingDays())
                .with(c.MIN_CONSECUTIVE_DAYS_OFF, d.minConsecutiveDaysOff())
                .with(c.MAX_WEEKENDS_PER_4_WEEKS, d.maxWeekendsPer4Weeks())
                .with(c.MAX_NIGHT_SHIFTS_PER_WEEK, d.maxNightShiftsPerWeek())
                .with(c.NIGHT_STARTS_AT, d.nightStartsAt()).with(c.NIGHT_ENDS_AT, d.nightEndsAt())
                .with(c.MIN_OFFICE_DAYS_PER_WEEK, d.minOfficeDaysPerWeek());
    }

    public long insert(ContractDraft d) {
        var c = CONTRACT;
        long id = ctx.insertInto(c).set(columns(d))
                .returning(c.ID).fetchSingle(c.ID);
        insertTemplates(id, d.allowedTemplates());
        return id;
    }

    public boolean update(long id, int version, ContractDraft d) {
        var c = CONTRACT;
        int rows = ctx.update(c).set(columns(d))
                .set(c.VERSION, c.VERSION.plus(1))
                .where(c.ID.eq(id), c.VERSION.eq(version))
                .execute();
        if (rows == 0) {
            return false;
        }
        ctx.deleteFrom(CONTRACT_SHIFT_TEMPLATE).where(CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID.eq(id)).execute();
        insertTemplates(id, d.allowedTemplates());
        return true;
    }

    private void insertTemplates(long contractId, List<AllowedTemplate> templates) {
        for (AllowedTemplate t : templates) {
            ctx.insertInto(CONTRACT_SHIFT_TEMPLATE)
                    .set(CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID, contractId)
                    .set(CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID,
                            DSL.field(DSL.select(SHIFT_TEMPLATE.ID).from(SHIFT_TEMPLATE).where(SHIFT_TEMPLATE.CODE.eq(t.templateCode()))))
                    .set(CONTRACT_SHIFT_TEMPLATE.MAX_SHIFTS_PER_4_WEEKS, t.maxShiftsPer4Weeks())
                    .execute();
        }
    }

    public boolean delete(long id, int version) {
        return ctx.deleteFrom(CONTRACT).where(CONTRACT.ID.eq(id), CONTRACT.VERSION.eq(version)).execute() == 1;
    }

    public int agentsOn(long id) {
        return ctx.fetchCount(AGENT, AGENT.CONTRACT_ID.eq(id));
    }

    public boolean templateExists(String code) {
        return ctx.fetchExists(SHIFT_TEMPLATE, SHIFT_TEMPLATE.CODE.eq(code));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return ctx.fetchExists(CONTRACT, CONTRACT.CODE.eq(code).and(exceptId == null ? DSL.noCondition() : CONTRACT.ID.ne(exceptId)));
    }
}
