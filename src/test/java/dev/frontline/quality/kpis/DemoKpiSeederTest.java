package dev.frontline.quality.kpis;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.testing.FrontlineIntegrationTest;

/** The demo centre comes with two years of daily KPIs for its agents, none outside anyone's employment. */
@FrontlineIntegrationTest
class DemoKpiSeederTest {

    @Autowired
    DSLContext ctx;
    @Autowired
    DemoKpiSeeder seeder;

    @Test
    void theDemoCentreHasTwoYearsOfKpisWithinEveryAgentsEmployment() {
        var k = AGENT_DAILY_KPI;
        // the tests' own agents (QK...) carry imported rows; the demo's are those of E-numbered agents
        var demo = AGENT.EMPLOYEE_NUMBER.like("E%");
        int rows = ctx.fetchCount(k.join(AGENT).on(AGENT.ID.eq(k.AGENT_ID)), demo);
        assertThat(rows).isBetween(60_000, 120_000);
        var span = ctx.select(DSL.min(k.DAY), DSL.max(k.DAY)).from(k).join(AGENT).on(AGENT.ID.eq(k.AGENT_ID))
                .where(demo).fetchSingle();
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(span.value1(), span.value2())).isBetween(720L, 731L);
        assertThat(ctx.fetchCount(k.join(AGENT).on(AGENT.ID.eq(k.AGENT_ID)), demo.and(
                k.DAY.lt(AGENT.HIRE_DATE).or(k.DAY.gt(AGENT.EXIT_DATE))))).isZero();
        // every agent employed in the window has days, home and office agents alike
        assertThat(ctx.fetchCount(AGENT, demo.and(AGENT.EXIT_DATE.isNull().or(AGENT.EXIT_DATE.ge(span.value1())))
                .andNotExists(DSL.selectOne().from(k).where(k.AGENT_ID.eq(AGENT.ID))))).isZero();
        for (boolean office : new boolean[] {true, false}) {
            assertThat(ctx.fetchCount(k.join(AGENT).on(AGENT.ID.eq(k.AGENT_ID)),
                    demo.and(AGENT.OFFICE_ELIGIBLE.eq(office)))).isPositive();
        }

        // idempotent: a second start writes nothing
        seeder.start();
        assertThat(ctx.fetchCount(k.join(AGENT).on(AGENT.ID.eq(k.AGENT_ID)), demo)).isEqualTo(rows);
    }
}
