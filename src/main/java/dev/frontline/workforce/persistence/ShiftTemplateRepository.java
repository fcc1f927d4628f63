package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.ROSTER_SHIFT;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.ShiftTemplate;
import dev.frontline.db.tables.records.ShiftTemplateRecord;
import dev.frontline.workforce.masterdata.ShiftTemplateDraft;
import dev.frontline.workforce.masterdata.Stored;

@Repository
public class ShiftTemplateRepository {

    private final DSLContext ctx;

    ShiftTemplateRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Stored<ShiftTemplateDraft>> findAll() {
        return select(DSL.noCondition());
    }

    public Optional<Stored<ShiftTemplateDraft>> find(long id) {
        return select(SHIFT_TEMPLATE.ID.eq(id)).stream().findFirst();
    }

    private List<Stored<ShiftTemplateDraft>> select(Condition where) {
        var t = SHIFT_TEMPLATE;
        ShiftTemplate successor = SHIFT_TEMPLATE.as("successor");
        return ctx.select(t.ID, t.VERSION, t.CODE, t.NAME, t.EARLIEST_START, t.LATEST_START, t.START_STEP_MINUTES,
                        t.LENGTHS_MINUTES, t.BREAK_COUNT, t.BREAK_MINUTES, t.LUNCH_MINUTES,
                        t.BREAK_EARLIEST_AFTER_START, t.BREAK_LATEST_BEFORE_END, t.MIN_MINUTES_BETWEEN_BREAKS,
                        DSL.multiset(DSL.select(successor.CODE)
                                        .from(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR)
                                        .join(successor).on(successor.ID.eq(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.SUCCESSOR_ID))
                                        .where(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.TEMPLATE_ID.eq(t.ID))
                                        .orderBy(successor.CODE))
                                .convertFrom(r -> (Set<String>) new LinkedHashSet<>(r.map(x -> x.value1()))))
                .from(t)
                .where(where)
                .orderBy(t.CODE)
                .fetch(r -> new Stored<>(r.value1(), r.value2(), new ShiftTemplateDraft(r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), Arrays.asList(r.value8()), r.value9(), r.value10(),
                        r.value11(), r.value12(), r.value13(), r.value14(), r.value15())));
    }

    /** The template's own columns from a draft, written alike by insert and update. */
    private ShiftTemplateRecord columns(ShiftTemplateDraft d) {
        var t = SHIFT_TEMPLATE;
        return ctx.newRecord(t).with(t.CODE, d.code()).with(t.NAME, d.name())
                .with(t.EARLIEST_START, d.earliestStart()).with(t.LATEST_START, d.latestStart())
                .with(t.START_STEP_MINUTES, d.startStepMinutes())
                .with(t.LENGTHS_MINUTES, d.lengthsMinutes().toArray(Integer[]::new))
                .with(t.BREAK_COUNT, d.breakCount()).with(t.BREAK_MINUTES, d.breakMinutes())
                .with(t.LUNCH_MINUTES, d.lunchMinutes())
                .with(t.BREAK_EARLIEST_AFTER_START, d.breakEarliestAfterStart())
                .with(t.BREAK_LATEST_BEFORE_END, d.breakLatestBeforeEnd())
                .with(t.MIN_MINUTES_BETWEEN_BREAKS, d.minMinutesBetweenBreaks());
    }

    public long insert(ShiftTemplateDraft d) {
        var t = SHIFT_TEMPLATE;
        long id = ctx.insertInto(t).set(columns(d))
                .returning(t.ID).fetchSingle(t.ID);
        insertSuccessors(id, d.forbiddenSuccessors());
        return id;
    }

    public boolean update(long id, int version, ShiftTemplateDraft d) {
        var t = SHIFT_TEMPLATE;
        int rows = ctx.update(t).set(columns(d))
                .set(t.VERSION, t.VERSION.plus(1))
                .where(t.ID.eq(id), t.VERSION.eq(version))
                .execute();
        if (rows == 0) {
            return false;
        }
        ctx.deleteFrom(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR).where(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.TEMPLATE_ID.eq(id))
                .execute();
        insertSuccessors(id, d.forbiddenSuccessors());
        return true;
    }

    private void insertSuccessors(long id, Set<String> successors) {
        for (String code : successors) {
            ctx.insertInto(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR)
                    .set(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.TEMPLATE_ID, id)
                    .set(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR.SUCCESSOR_ID,
                            DSL.field(DSL.select(SHIFT_TEMPLATE.ID).from(SHIFT_TEMPLATE).where(SHIFT_TEMPLATE.CODE.eq(code))))
                    .execute();
        }
    }

    public boolean delete(long id, int version) {
        return ctx.deleteFrom(SHIFT_TEMPLATE).where(SHIFT_TEMPLATE.ID.eq(id), SHIFT_TEMPLATE.VERSION.eq(version))
                .execute() == 1;
    }

    public int contractsAllowing(long id) {
        return ctx.fetchCount(CONTRACT_SHIFT_TEMPLATE, CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID.eq(id));
    }

    public int rosterShifts(long id) {
        return ctx.fetchCount(ROSTER_SHIFT, ROSTER_SHIFT.SHIFT_TEMPLATE_ID.eq(id));
    }

    public boolean exists(String code) {
        return ctx.fetchExists(SHIFT_TEMPLATE, SHIFT_TEMPLATE.CODE.eq(code));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return ctx.fetchExists(SHIFT_TEMPLATE, SHIFT_TEMPLATE.CODE.eq(code)
                .and(exceptId == null ? DSL.noCondition() : SHIFT_TEMPLATE.ID.ne(exceptId)));
    }
}
