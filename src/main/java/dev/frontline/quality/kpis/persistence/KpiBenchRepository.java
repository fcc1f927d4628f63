package dev.frontline.quality.kpis.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SITE;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The scratch agents of {@code bench kpi-import} (BENCH-A0001…, on the centre's first contract and site): created when missing,
 * their KPIs deleted before each run so it measures a load of new rows.
 */
@Repository
public class KpiBenchRepository {

    private final DSLContext ctx;

    KpiBenchRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Makes sure the scratch agents exist, on the first site and contract of the centre (the benchmark creates none,
     * so a database without a centre stays one the demo profile fills), and deletes their KPIs.
     *
     * @throws IllegalStateException when the database holds no site or contract
     */
    public void prepareAgents(List<String> numbers, LocalDate hired) {
        Long site = ctx.select(SITE.ID).from(SITE).orderBy(SITE.ID).limit(1).fetchOne(SITE.ID);
        Long contract = ctx.select(CONTRACT.ID).from(CONTRACT).orderBy(CONTRACT.ID).limit(1).fetchOne(CONTRACT.ID);
        if (site == null || contract == null) {
            throw new IllegalStateException("bench kpi-import needs a centre with a site and a contract for its "
                    + "scratch agents; run it on a database that holds one (e.g. the demo centre's)");
        }
        for (String number : numbers) {
            ctx.insertInto(AGENT).set(AGENT.EMPLOYEE_NUMBER, number).set(AGENT.FIRST_NAME, "Bench")
                    .set(AGENT.LAST_NAME, number).set(AGENT.EMAIL, number.toLowerCase() + "@bench.frontline.dev")
                    .set(AGENT.HIRE_DATE, hired).set(AGENT.CONTRACT_ID, contract).set(AGENT.HOME_SITE_ID, site)
                    .set(AGENT.OFFICE_ELIGIBLE, false)
                    .onConflict(AGENT.EMPLOYEE_NUMBER).doNothing().execute();
        }
        ctx.deleteFrom(AGENT_DAILY_KPI).where(AGENT_DAILY_KPI.AGENT_ID.in(
                ctx.select(AGENT.ID).from(AGENT).where(AGENT.EMPLOYEE_NUMBER.in(numbers)))).execute();
    }
}
