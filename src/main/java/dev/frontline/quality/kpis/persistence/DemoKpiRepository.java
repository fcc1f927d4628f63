package dev.frontline.quality.kpis.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What the demo centre's KPI seeder reads: the agents with contract, team and skills, and each skill's handle time. */
@Repository
public class DemoKpiRepository {

    /** An agent with what their KPIs depend on. */
    public record DemoAgent(long id, String team, LocalDate hireDate, LocalDate exitDate, int maxMinutesPerWeek,
            Map<Long, Double> proficiencyBySkill) {
    }

    private final DSLContext ctx;

    DemoKpiRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<DemoAgent> agents() {
        Map<Long, Map<Long, Double>> skills = new HashMap<>();
        ctx.select(AGENT_SKILL.AGENT_ID, AGENT_SKILL.SKILL_ID, AGENT_SKILL.PROFICIENCY).from(AGENT_SKILL)
                .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), r.value3().doubleValue()));
        List<DemoAgent> agents = new ArrayList<>();
        ctx.select(AGENT.ID, TEAM.CODE, AGENT.HIRE_DATE, AGENT.EXIT_DATE, CONTRACT.MAX_MINUTES_PER_WEEK)
                .from(AGENT).join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .orderBy(AGENT.ID)
                .forEach(r -> agents.add(new DemoAgent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        skills.getOrDefault(r.value1(), Map.of()))));
        return agents;
    }

    /** Each skill's handle time over its queues' stored history, weighted by contacts handled. */
    public Map<Long, Double> ahtBySkill() {
        var weighted = DSL.sum(INTERVAL_HISTORY.AHT_SECONDS.mul(INTERVAL_HISTORY.HANDLED));
        var handled = DSL.sum(INTERVAL_HISTORY.HANDLED);
        Map<Long, Double> aht = new HashMap<>();
        ctx.select(QUEUE.SKILL_ID, weighted, handled).from(INTERVAL_HISTORY)
                .join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID))
                .where(INTERVAL_HISTORY.HANDLED.gt(0)).and(INTERVAL_HISTORY.AHT_SECONDS.isNotNull())
                .groupBy(QUEUE.SKILL_ID)
                .forEach(r -> {
                    BigDecimal sum = r.value2();
                    BigDecimal count = r.value3();
                    if (sum != null && count != null && count.signum() > 0) {
                        aht.put(r.value1(), sum.doubleValue() / count.doubleValue());
                    }
                });
        return aht;
    }

    /** The last day (UTC) of the stored contact history, if any. */
    public Optional<LocalDate> lastHistoryDay() {
        OffsetDateTime last = ctx.select(DSL.max(INTERVAL_HISTORY.INTERVAL_START)).from(INTERVAL_HISTORY)
                .fetchSingle().value1();
        return Optional.ofNullable(last).map(t -> t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }
}
