package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY_EXCEPTION;
import static dev.frontline.db.Tables.AGENT_LANGUAGE;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.AgentRecord;
import dev.frontline.workforce.masterdata.AgentDraft;
import dev.frontline.workforce.masterdata.AgentDraft.AvailabilityException;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft.WeeklySlot;
import dev.frontline.workforce.masterdata.Stored;

/** The agent as master data, with skills, languages and availability (the workforce reads live in AgentRepository). */
@Repository
public class AgentMasterRepository {

    private final DSLContext ctx;

    AgentMasterRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Stored<AgentDraft>> findAll() {
        return select(DSL.noCondition());
    }

    public Optional<Stored<AgentDraft>> find(long id) {
        return select(AGENT.ID.eq(id)).stream().findFirst();
    }

    private List<Stored<AgentDraft>> select(Condition where) {
        var a = AGENT;
        return ctx.select(a.ID, a.VERSION, a.EMPLOYEE_NUMBER, a.FIRST_NAME, a.LAST_NAME, a.EMAIL, a.HIRE_DATE,
                        a.STATUS, a.EXIT_DATE, a.EXIT_KIND, a.EXIT_REASON, CONTRACT.CODE, TEAM.CODE, SITE.CODE,
                        a.OFFICE_ELIGIBLE,
                        DSL.multiset(DSL.select(SKILL.CODE, AGENT_SKILL.PROFICIENCY.cast(Double.class))
                                        .from(AGENT_SKILL).join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                                        .where(AGENT_SKILL.AGENT_ID.eq(a.ID)).orderBy(SKILL.CODE))
                                .convertFrom(r -> r.map(Records.mapping(SkillLevel::new))),
                        DSL.multiset(DSL.select(AGENT_LANGUAGE.LANGUAGE).from(AGENT_LANGUAGE)
                                        .where(AGENT_LANGUAGE.AGENT_ID.eq(a.ID)).orderBy(AGENT_LANGUAGE.LANGUAGE))
                                .convertFrom(r -> (Set<String>) new LinkedHashSet<>(r.map(x -> x.value1()))),
                        DSL.multiset(DSL.select(AGENT_AVAILABILITY.WEEKDAY, AGENT_AVAILABILITY.AVAILABLE_FROM,
                                                AGENT_AVAILABILITY.AVAILABLE_TO)
                                        .from(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(a.ID))
                                        .orderBy(AGENT_AVAILABILITY.WEEKDAY, AGENT_AVAILABILITY.AVAILABLE_FROM))
                                .convertFrom(r -> r.map(x -> new WeeklySlot(DayOfWeek.of(x.value1()), x.value2(), x.value3()))),
                        DSL.multiset(DSL.select(AGENT_AVAILABILITY_EXCEPTION.ON_DATE, AGENT_AVAILABILITY_EXCEPTION.AVAILABLE,
                                                AGENT_AVAILABILITY_EXCEPTION.AVAILABLE_FROM,
                                                AGENT_AVAILABILITY_EXCEPTION.AVAILABLE_TO, AGENT_AVAILABILITY_EXCEPTION.REASON)
                                        .from(AGENT_AVAILABILITY_EXCEPTION)
                                        .where(AGENT_AVAILABILITY_EXCEPTION.AGENT_ID.eq(a.ID))
                                        .orderBy(AGENT_AVAILABILITY_EXCEPTION.ON_DATE))
                                .convertFrom(r -> r.map(Records.mapping(AvailabilityException::new))))
                .from(a)
                .join(CONTRACT).on(CONTRACT.ID.eq(a.CONTRACT_ID))
                .join(SITE).on(SITE.ID.eq(a.HOME_SITE_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(a.TEAM_ID))
                .where(where)
                .orderBy(a.LAST_NAME, a.FIRST_NAME, a.ID)
                .fetch(r -> new Stored<>(r.value1(), r.value2(), new AgentDraft(r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(), r.value16(), r.value17(), r.value18(), r.value19())));
    }

    /** The agent's own columns, written alike by insert and update. */
    private AgentRecord columns(AgentDraft d, Ids ids) {
        var a = AGENT;
        return ctx.newRecord(a)
                .with(a.EMPLOYEE_NUMBER, d.employeeNumber()).with(a.FIRST_NAME, d.firstName())
                .with(a.LAST_NAME, d.lastName()).with(a.EMAIL, d.email()).with(a.HIRE_DATE, d.hireDate())
                .with(a.STATUS, d.status()).with(a.EXIT_DATE, d.exitDate()).with(a.EXIT_KIND, d.exitKind())
                .with(a.EXIT_REASON, d.exitReason()).with(a.CONTRACT_ID, ids.contract()).with(a.TEAM_ID, ids.team())
                .with(a.HOME_SITE_ID, ids.site()).with(a.OFFICE_ELIGIBLE, d.officeEligible());
    }

    public long insert(AgentDraft d, Ids ids) {
        var a = AGENT;
        long id = ctx.insertInto(a).set(columns(d, ids))
                .returning(a.ID).fetchSingle(a.ID);
        insertChildren(id, d);
        return id;
    }

    public boolean update(long id, int version, AgentDraft d, Ids ids) {
        var a = AGENT;
        int rows = ctx.update(a).set(columns(d, ids))
                .set(a.VERSION, a.VERSION.plus(1))
                .where(a.ID.eq(id), a.VERSION.eq(version))
                .execute();
        if (rows == 0) {
            return false;
        }
        ctx.deleteFrom(AGENT_SKILL).where(AGENT_SKILL.AGENT_ID.eq(id)).execute();
        ctx.deleteFrom(AGENT_LANGUAGE).where(AGENT_LANGUAGE.AGENT_ID.eq(id)).execute();
        ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(id)).execute();
        ctx.deleteFrom(AGENT_AVAILABILITY_EXCEPTION).where(AGENT_AVAILABILITY_EXCEPTION.AGENT_ID.eq(id)).execute();
        insertChildren(id, d);
        return true;
    }

    private void insertChildren(long id, AgentDraft d) {
        for (SkillLevel s : d.skills()) {
            ctx.insertInto(AGENT_SKILL).set(AGENT_SKILL.AGENT_ID, id)
                    .set(AGENT_SKILL.SKILL_ID, DSL.field(DSL.select(SKILL.ID).from(SKILL).where(SKILL.CODE.eq(s.skillCode()))))
                    .set(AGENT_SKILL.PROFICIENCY, BigDecimal.valueOf(s.proficiency())).execute();
        }
        for (String language : d.languages()) {
            ctx.insertInto(AGENT_LANGUAGE).set(AGENT_LANGUAGE.AGENT_ID, id).set(AGENT_LANGUAGE.LANGUAGE, language).execute();
        }
        for (WeeklySlot w : d.weeklyAvailability()) {
            ctx.insertInto(AGENT_AVAILABILITY).set(AGENT_AVAILABILITY.AGENT_ID, id)
                    .set(AGENT_AVAILABILITY.WEEKDAY, (short) w.weekday().getValue())
                    .set(AGENT_AVAILABILITY.AVAILABLE_FROM, w.from()).set(AGENT_AVAILABILITY.AVAILABLE_TO, w.to())
                    .execute();
        }
        for (AvailabilityException e : d.availabilityExceptions()) {
            ctx.insertInto(AGENT_AVAILABILITY_EXCEPTION).set(AGENT_AVAILABILITY_EXCEPTION.AGENT_ID, id)
                    .set(AGENT_AVAILABILITY_EXCEPTION.ON_DATE, e.date())
                    .set(AGENT_AVAILABILITY_EXCEPTION.AVAILABLE, e.available())
                    .set(AGENT_AVAILABILITY_EXCEPTION.AVAILABLE_FROM, e.from())
                    .set(AGENT_AVAILABILITY_EXCEPTION.AVAILABLE_TO, e.to())
                    .set(AGENT_AVAILABILITY_EXCEPTION.REASON, e.reason())
                    .execute();
        }
    }

    /** The ids behind the codes a draft names; empty where a code is unknown. */
    public record Ids(Long contract, Long team, Long site) {
    }

    public Ids ids(AgentDraft d) {
        return new Ids(
                ctx.select(CONTRACT.ID).from(CONTRACT).where(CONTRACT.CODE.eq(String.valueOf(d.contractCode()))).fetchOne(CONTRACT.ID),
                d.teamCode() == null ? null
                        : ctx.select(TEAM.ID).from(TEAM).where(TEAM.CODE.eq(d.teamCode())).fetchOne(TEAM.ID),
                ctx.select(SITE.ID).from(SITE).where(SITE.CODE.eq(String.valueOf(d.homeSiteCode()))).fetchOne(SITE.ID));
    }

    public boolean skillExists(String code) {
        return ctx.fetchExists(SKILL, SKILL.CODE.eq(code));
    }

    /** Whether the agent leads a team: such an agent cannot leave or move before the team gets a new lead. */
    public Optional<String> teamLedBy(long agentId) {
        return ctx.select(TEAM.CODE).from(TEAM).where(TEAM.LEAD_AGENT_ID.eq(agentId)).limit(1).fetchOptional(TEAM.CODE);
    }

    public boolean numberTaken(String number, Long exceptId) {
        return ctx.fetchExists(AGENT, AGENT.EMPLOYEE_NUMBER.eq(number).and(exceptId == null ? DSL.noCondition() : AGENT.ID.ne(exceptId)));
    }

    public boolean emailTaken(String email, Long exceptId) {
        return ctx.fetchExists(AGENT, AGENT.EMAIL.eq(email).and(exceptId == null ? DSL.noCondition() : AGENT.ID.ne(exceptId)));
    }
}
