package dev.frontline.workforce.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TEAM;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.db.tables.Agent;
import dev.frontline.workforce.AgentProfile;
import dev.frontline.workforce.AgentSummary;
import dev.frontline.workforce.EmploymentRecord;
import dev.frontline.workforce.HeadcountRow;
import dev.frontline.workforce.Turnover;

@Repository
public class AgentRepository {

    private final DSLContext ctx;

    AgentRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<AgentProfile> findProfile(long agentId) {
        Agent lead = AGENT.as("lead");
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, AGENT.EMAIL,
                        AGENT.HIRE_DATE, AGENT.STATUS, CONTRACT.NAME, CONTRACT.MAX_MINUTES_PER_WEEK, TEAM.NAME,
                        DSL.concat(lead.FIRST_NAME, DSL.inline(" "), lead.LAST_NAME), SITE.NAME, SITE.TIME_ZONE,
                        AGENT.OFFICE_ELIGIBLE)
                .from(AGENT)
                .join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .leftJoin(lead).on(lead.ID.eq(TEAM.LEAD_AGENT_ID))
                .where(AGENT.ID.eq(agentId))
                .fetchOptional(r -> new AgentProfile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), List.of()))
                .map(profile -> profile.withSkills(skillsOf(agentId)));
    }

    public List<AgentProfile.SkillLevel> skillsOf(long agentId) {
        return ctx.select(SKILL.CODE, SKILL.NAME, AGENT_SKILL.PROFICIENCY.cast(Double.class))
                .from(AGENT_SKILL)
                .join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                .where(AGENT_SKILL.AGENT_ID.eq(agentId))
                .orderBy(AGENT_SKILL.PROFICIENCY.desc(), SKILL.CODE)
                .fetch(Records.mapping(AgentProfile.SkillLevel::new));
    }

    public List<AgentSummary> findAll() {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER,
                        DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME), TEAM.NAME, SITE.NAME,
                        AGENT.STATUS)
                .from(AGENT)
                .join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .orderBy(AGENT.LAST_NAME, AGENT.FIRST_NAME, AGENT.ID)
                .fetch(Records.mapping(AgentSummary::new));
    }

    public List<HeadcountRow> activeHeadcountBySiteAndTeam() {
        return ctx.select(SITE.NAME, DSL.coalesce(TEAM.NAME, DSL.inline("")), DSL.count())
                .from(AGENT)
                .join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .where(AGENT.STATUS.ne(AgentStatus.LEFT))
                .groupBy(SITE.NAME, TEAM.NAME)
                .orderBy(SITE.NAME, TEAM.NAME)
                .fetch(Records.mapping(HeadcountRow::new));
    }

    public List<Turnover.Employment> employments() {
        return ctx.select(AGENT.HIRE_DATE, AGENT.EXIT_DATE, AGENT.EXIT_KIND.eq(ExitKind.VOLUNTARY))
                .from(AGENT)
                .fetch(r -> new Turnover.Employment(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
    }

    /** Every agent who was ever employed, with the groups attrition reads turnover by. */
    public List<EmploymentRecord> employmentRecords() {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.HIRE_DATE, AGENT.EXIT_DATE, AGENT.EXIT_KIND,
                        AGENT.EXIT_REASON, SITE.NAME, DSL.coalesce(TEAM.NAME, DSL.inline("")), CONTRACT.CODE,
                        AGENT.OFFICE_ELIGIBLE, CONTRACT.MIN_OFFICE_DAYS_PER_WEEK)
                .from(AGENT)
                .join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .orderBy(AGENT.ID)
                .fetch(Records.mapping(EmploymentRecord::new));
    }
}
