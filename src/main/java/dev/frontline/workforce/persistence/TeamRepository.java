package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.tables.Agent;
import dev.frontline.workforce.masterdata.AgentChoice;
import dev.frontline.workforce.masterdata.Stored;
import dev.frontline.workforce.masterdata.TeamDraft;

@Repository
public class TeamRepository {

    private final DSLContext ctx;

    TeamRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Stored<TeamDraft>> findAll() {
        return select(DSL.noCondition());
    }

    public Optional<Stored<TeamDraft>> find(long id) {
        return select(TEAM.ID.eq(id)).stream().findFirst();
    }

    private List<Stored<TeamDraft>> select(Condition where) {
        Agent lead = AGENT.as("lead");
        return ctx.select(TEAM.ID, TEAM.VERSION, TEAM.CODE, TEAM.NAME, SITE.CODE, lead.EMPLOYEE_NUMBER,
                        TEAM.OFFICE_WEEKDAY.cast(Integer.class))
                .from(TEAM)
                .join(SITE).on(SITE.ID.eq(TEAM.SITE_ID))
                .leftJoin(lead).on(lead.ID.eq(TEAM.LEAD_AGENT_ID))
                .where(where)
                .orderBy(TEAM.CODE)
                .fetch(r -> new Stored<>(r.value1(), r.value2(),
                        new TeamDraft(r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
    }

    /** Agents of the team who have not left, as "E00012 Ayşe Yılmaz" choices for its lead. */
    public List<AgentChoice> members(String teamCode) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER, DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME))
                .from(AGENT)
                .join(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .where(TEAM.CODE.eq(teamCode), AGENT.STATUS.ne(AgentStatus.LEFT))
                .orderBy(AGENT.LAST_NAME, AGENT.FIRST_NAME)
                .fetch(Records.mapping(AgentChoice::new));
    }

    public long insert(TeamDraft d, long siteId, Long leadId) {
        return ctx.insertInto(TEAM).set(TEAM.CODE, d.code()).set(TEAM.NAME, d.name()).set(TEAM.SITE_ID, siteId)
                .set(TEAM.LEAD_AGENT_ID, leadId).set(TEAM.OFFICE_WEEKDAY, weekday(d.officeWeekday()))
                .returning(TEAM.ID).fetchSingle(TEAM.ID);
    }

    public boolean update(long id, int version, TeamDraft d, long siteId, Long leadId) {
        return ctx.update(TEAM).set(TEAM.CODE, d.code()).set(TEAM.NAME, d.name()).set(TEAM.SITE_ID, siteId)
                .set(TEAM.LEAD_AGENT_ID, leadId).set(TEAM.OFFICE_WEEKDAY, weekday(d.officeWeekday()))
                .set(TEAM.VERSION, TEAM.VERSION.plus(1))
                .where(TEAM.ID.eq(id), TEAM.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean delete(long id, int version) {
        return ctx.deleteFrom(TEAM).where(TEAM.ID.eq(id), TEAM.VERSION.eq(version)).execute() == 1;
    }

    public int agentsIn(long id) {
        return ctx.fetchCount(AGENT, AGENT.TEAM_ID.eq(id));
    }

    public Optional<Long> siteId(String code) {
        return ctx.select(SITE.ID).from(SITE).where(SITE.CODE.eq(code)).fetchOptional(SITE.ID);
    }

    /** The id of the agent if they are a (not departed) member of the team with the given id. */
    public Optional<Long> memberId(Long teamId, String employeeNumber) {
        return ctx.select(AGENT.ID).from(AGENT)
                .where(AGENT.EMPLOYEE_NUMBER.eq(employeeNumber), AGENT.STATUS.ne(AgentStatus.LEFT),
                        teamId == null ? DSL.falseCondition() : AGENT.TEAM_ID.eq(teamId))
                .fetchOptional(AGENT.ID);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return ctx.fetchExists(TEAM, TEAM.CODE.eq(code).and(exceptId == null ? DSL.noCondition() : TEAM.ID.ne(exceptId)));
    }

    private static Short weekday(Integer value) {
        return value == null ? null : value.shortValue();
    }
}
