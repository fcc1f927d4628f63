package dev.frontline.selfservice.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.OFFICE_DAY_BOOKING;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TIME_OFF;
import static dev.frontline.db.Tables.TIME_OFF_ALLOWANCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;

/** Writes the demo centre's self-service data: allowances, working days of the seeded requests, office bookings. */
@Repository
public class SelfServiceDemoRepository {

    private final DSLContext ctx;

    SelfServiceDemoRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public boolean hasAllowances() {
        return ctx.fetchExists(TIME_OFF_ALLOWANCE);
    }

    /** Every contract grants the same allowance of each kind. */
    public void allowances(BigDecimal vacationDays, BigDecimal personalDays) {
        for (Long contract : ctx.select(CONTRACT.ID).from(CONTRACT).fetch(CONTRACT.ID)) {
            ctx.insertInto(TIME_OFF_ALLOWANCE).set(TIME_OFF_ALLOWANCE.CONTRACT_ID, contract)
                    .set(TIME_OFF_ALLOWANCE.KIND, "VACATION").set(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR, vacationDays).execute();
            ctx.insertInto(TIME_OFF_ALLOWANCE).set(TIME_OFF_ALLOWANCE.CONTRACT_ID, contract)
                    .set(TIME_OFF_ALLOWANCE.KIND, "PERSONAL").set(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR, personalDays).execute();
        }
    }

    /** The requests seeded before working days were counted, with their days. */
    public List<SeededRequest> requestsWithoutWorkingDays() {
        return ctx.select(TIME_OFF.ID, TIME_OFF.FIRST_DAY, TIME_OFF.LAST_DAY).from(TIME_OFF)
                .where(TIME_OFF.WORKING_DAYS.eq(0)).fetch(Records.mapping(SeededRequest::new));
    }

    /** A time-off request the demo seeded, by its days. */
    public record SeededRequest(long id, LocalDate firstDay, LocalDate lastDay) {
    }

    public void setWorkingDays(long id, int days) {
        ctx.update(TIME_OFF).set(TIME_OFF.WORKING_DAYS, days).where(TIME_OFF.ID.eq(id)).execute();
    }

    /** Active office-eligible agents of a site with seats, by employee number. */
    public List<Long> officeAgents() {
        return ctx.select(AGENT.ID).from(AGENT).join(SITE).on(SITE.ID.eq(AGENT.HOME_SITE_ID))
                .where(AGENT.STATUS.eq(AgentStatus.ACTIVE)).and(AGENT.OFFICE_ELIGIBLE.isTrue())
                .and(SITE.OFFICE_SEATS.gt(0)).orderBy(AGENT.EMPLOYEE_NUMBER).fetch(AGENT.ID);
    }

    public long homeSite(long agentId) {
        return ctx.select(AGENT.HOME_SITE_ID).from(AGENT).where(AGENT.ID.eq(agentId)).fetchSingle(AGENT.HOME_SITE_ID);
    }

    public boolean book(long agentId, LocalDate date, long siteId) {
        return ctx.insertInto(OFFICE_DAY_BOOKING).set(OFFICE_DAY_BOOKING.AGENT_ID, agentId)
                .set(OFFICE_DAY_BOOKING.WORK_DATE, date).set(OFFICE_DAY_BOOKING.SITE_ID, siteId)
                .onConflictDoNothing().execute() == 1;
    }
}
