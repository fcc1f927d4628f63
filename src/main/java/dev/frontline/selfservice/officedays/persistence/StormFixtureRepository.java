package dev.frontline.selfservice.officedays.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.OFFICE_DAY_BOOKING;
import static dev.frontline.db.Tables.OFFICE_SEAT_DAY;
import static dev.frontline.db.Tables.SITE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * A throw-away site and its agents for the seat-booking storm (the integration test and {@code bench seats}): made
 * before the storm, removed with everything booked on it afterwards, so the centre's own data is untouched.
 */
@Repository
public class StormFixtureRepository {

    private final DSLContext ctx;

    StormFixtureRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The fixture: its site and agent ids. */
    public record Fixture(long siteId, String siteCode, List<Long> agentIds) {
    }

    /** A site with {@code seats} seats in the given zone and {@code agents} office-eligible agents at it. */
    public Fixture create(String code, int seats, int agents, String timeZone) {
        long contract = ctx.select(CONTRACT.ID).from(CONTRACT).orderBy(CONTRACT.ID).limit(1).fetchOptional(CONTRACT.ID)
                .orElseGet(() -> ctx.insertInto(CONTRACT).set(CONTRACT.CODE, code).set(CONTRACT.NAME, "Storm contract")
                        .set(CONTRACT.MIN_MINUTES_PER_WEEK, 0).set(CONTRACT.MAX_MINUTES_PER_WEEK, 2400)
                        .returning(CONTRACT.ID).fetchSingle(CONTRACT.ID));
        long site = ctx.insertInto(SITE).set(SITE.CODE, code).set(SITE.NAME, "Storm " + code).set(SITE.COUNTRY_CODE, "TR")
                .set(SITE.TIME_ZONE, timeZone).set(SITE.OFFICE_SEATS, seats).returning(SITE.ID).fetchSingle(SITE.ID);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            ids.add(ctx.insertInto(AGENT).set(AGENT.EMPLOYEE_NUMBER, code + "-" + i).set(AGENT.FIRST_NAME, "Storm")
                    .set(AGENT.LAST_NAME, "Agent " + i).set(AGENT.EMAIL, code.toLowerCase() + "." + i + "@storm.invalid")
                    .set(AGENT.HIRE_DATE, LocalDate.of(2020, 1, 1)).set(AGENT.CONTRACT_ID, contract)
                    .set(AGENT.HOME_SITE_ID, site).set(AGENT.OFFICE_ELIGIBLE, true)
                    .returning(AGENT.ID).fetchSingle(AGENT.ID));
        }
        return new Fixture(site, code, ids);
    }

    /** Seats a site keeps booked on a day, by the kept count and by counting the bookings. */
    public int[] booked(long siteId, LocalDate date) {
        int kept = ctx.select(OFFICE_SEAT_DAY.BOOKED).from(OFFICE_SEAT_DAY).where(OFFICE_SEAT_DAY.SITE_ID.eq(siteId))
                .and(OFFICE_SEAT_DAY.WORK_DATE.eq(date)).fetchOptional(OFFICE_SEAT_DAY.BOOKED).orElse(0);
        int counted = ctx.fetchCount(OFFICE_DAY_BOOKING, OFFICE_DAY_BOOKING.SITE_ID.eq(siteId)
                .and(OFFICE_DAY_BOOKING.WORK_DATE.eq(date)));
        return new int[] {kept, counted};
    }

    public void remove(Fixture fixture) {
        ctx.deleteFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.SITE_ID.eq(fixture.siteId())).execute();
        ctx.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("office_day_booking"))
                .and(AUDIT_EVENT.DETAILS.eq("office day at " + fixture.siteCode())).execute();
        ctx.deleteFrom(AGENT).where(AGENT.ID.in(fixture.agentIds())).execute();
        ctx.deleteFrom(SITE).where(SITE.ID.eq(fixture.siteId())).execute();
    }
}
