package dev.frontline.training.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TEAM;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What the demo training data is made consistent with: every agent's dates, site, team lead role and skills. */
@Repository
public class TrainingDemoRepository {

    private final DSLContext ctx;

    TrainingDemoRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** An agent as the demo training data needs them. */
    public record DemoAgent(long id, String employeeNumber, LocalDate hireDate, LocalDate exitDate, String siteCode,
            boolean officeEligible, boolean lead, Set<String> skills) {
    }

    public List<DemoAgent> agents() {
        Map<Long, Set<String>> skills = new HashMap<>();
        ctx.select(AGENT_SKILL.AGENT_ID, SKILL.CODE).from(AGENT_SKILL).join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Set<Long> leads = new HashSet<>(ctx.select(TEAM.LEAD_AGENT_ID).from(TEAM).where(TEAM.LEAD_AGENT_ID.isNotNull())
                .fetch(TEAM.LEAD_AGENT_ID));
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.HIRE_DATE, AGENT.EXIT_DATE, SITE.CODE,
                        AGENT.OFFICE_ELIGIBLE)
                .from(AGENT).join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID)).orderBy(AGENT.EMPLOYEE_NUMBER)
                .fetch(r -> new DemoAgent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        leads.contains(r.value1()), Set.copyOf(skills.getOrDefault(r.value1(), Set.of()))));
    }
}
