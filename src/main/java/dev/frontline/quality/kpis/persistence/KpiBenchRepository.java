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
 * The scratch agents of {@code bench kpi-import} (BENCH-A0001…, on a BENCH contract and site): created when missing,
 * their KPIs deleted before each run so it measures a load of new rows.
 */
@Repository
public class KpiBenchRepository {

    private final DSLContext ctx;

    KpiBenchRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public void prepareAgents(List<String> numbers, LocalDate hired) {
        ctx.insertInto(SITE).set(SITE.CODE, "BENCH").set(SITE.NAME, "Benchmark").set(SITE.COUNTRY_CODE, "PL")
                .set(SITE.TIME_ZONE, "Europe/Warsaw").set(SITE.OFFICE_SEATS, 0)
                .onConflict(SITE.CODE).doNothing().execute();
        ctx.insertInto(CONTRACT).set(CONTRACT.CODE, "BENCH").set(CONTRACT.NAME, "Benchmark")
                .set(CONTRACT.MIN_MINUTES_PER_WEEK, 0).set(CONTRACT.MAX_MINUTES_PER_WEEK, 2400)
                .onConflict(CONTRACT.CODE).doNothing().execute();
        long site = ctx.select(SITE.ID).from(SITE).where(SITE.CODE.eq("BENCH")).fetchSingle(SITE.ID);
        long contract = ctx.select(CONTRACT.ID).from(CONTRACT).where(CONTRACT.CODE.eq("BENCH")).fetchSingle(CONTRACT.ID);
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
