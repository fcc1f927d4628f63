package dev.frontline.selfservice.officedays.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.OFFICE_DAY_BOOKING;
import static dev.frontline.db.Tables.OFFICE_SEAT_DAY;
import static dev.frontline.db.Tables.SITE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import dev.frontline.selfservice.officedays.OfficeDay;

/**
 * Office-day bookings. The seat cap is kept by PostgreSQL (V12: a trigger counts bookings per site and day into
 * {@code office_seat_day}, whose check refuses more than the site's seats), so concurrent bookings cannot oversubscribe
 * a site however they interleave.
 */
@Repository
public class OfficeDayRepository {

    /** The check of {@code office_seat_day} that refuses a booking beyond the seats. */
    static final String SEAT_CHECK = "office_seat_day_within_seats";

    private final DSLContext ctx;

    OfficeDayRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** What became of an insert. */
    public enum Insert { BOOKED, ALREADY_BOOKED, SEATS_TAKEN }

    /**
     * Books the day unless the agent has a booking on it already. The caller's transaction is aborted by
     * {@link Insert#SEATS_TAKEN} (the database refused the statement): the caller rolls it back.
     */
    public Insert insert(long agentId, LocalDate date, long siteId) {
        // a site-day already full is refused without queueing on its row lock (the check below is what guarantees the
        // cap; this read only spares the lock when the answer is already known)
        if (ctx.fetchExists(OFFICE_SEAT_DAY.join(SITE).on(SITE.ID.eq(OFFICE_SEAT_DAY.SITE_ID)),
                OFFICE_SEAT_DAY.SITE_ID.eq(siteId).and(OFFICE_SEAT_DAY.WORK_DATE.eq(date))
                        .and(OFFICE_SEAT_DAY.BOOKED.ge(SITE.OFFICE_SEATS)))) {
            return Insert.SEATS_TAKEN;
        }
        try {
            int rows = ctx.insertInto(OFFICE_DAY_BOOKING)
                    .set(OFFICE_DAY_BOOKING.AGENT_ID, agentId)
                    .set(OFFICE_DAY_BOOKING.WORK_DATE, date)
                    .set(OFFICE_DAY_BOOKING.SITE_ID, siteId)
                    .onConflict(OFFICE_DAY_BOOKING.AGENT_ID, OFFICE_DAY_BOOKING.WORK_DATE).doNothing()
                    .execute();
            return rows == 1 ? Insert.BOOKED : Insert.ALREADY_BOOKED;
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains(SEAT_CHECK)) {
                return Insert.SEATS_TAKEN;
            }
            throw e;
        }
    }

    /** Serialises one agent's own booking changes (the per-week policy counts their other bookings). */
    public void lockAgent(long agentId) {
        ctx.select(AGENT.ID).from(AGENT).where(AGENT.ID.eq(agentId)).forUpdate().fetch();
    }

    public boolean delete(long agentId, LocalDate date) {
        return ctx.deleteFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.AGENT_ID.eq(agentId))
                .and(OFFICE_DAY_BOOKING.WORK_DATE.eq(date)).execute() > 0;
    }

    public Optional<OfficeDay> find(long agentId, LocalDate date) {
        return bookings(agentId, date, date).stream().findFirst();
    }

    public List<OfficeDay> bookings(long agentId, LocalDate from, LocalDate to) {
        return ctx.select(OFFICE_DAY_BOOKING.AGENT_ID, OFFICE_DAY_BOOKING.WORK_DATE, SITE.CODE, SITE.NAME,
                        OFFICE_DAY_BOOKING.BOOKED_AT)
                .from(OFFICE_DAY_BOOKING).join(SITE).on(SITE.ID.eq(OFFICE_DAY_BOOKING.SITE_ID))
                .where(OFFICE_DAY_BOOKING.AGENT_ID.eq(agentId))
                .and(OFFICE_DAY_BOOKING.WORK_DATE.between(from, to))
                .orderBy(OFFICE_DAY_BOOKING.WORK_DATE)
                .fetch(Records.mapping(OfficeDay::new));
    }

    /** Booked seats of a site per day between two days (days without a booking are absent). */
    public Map<LocalDate, Integer> booked(long siteId, LocalDate from, LocalDate to) {
        return ctx.select(OFFICE_SEAT_DAY.WORK_DATE, OFFICE_SEAT_DAY.BOOKED).from(OFFICE_SEAT_DAY)
                .where(OFFICE_SEAT_DAY.SITE_ID.eq(siteId)).and(OFFICE_SEAT_DAY.WORK_DATE.between(from, to))
                .fetchMap(OFFICE_SEAT_DAY.WORK_DATE, OFFICE_SEAT_DAY.BOOKED);
    }

    /** Every booking between two days (any site) as the booking agent's employee number and the day. */
    public List<Booker> bookers(LocalDate from, LocalDate to) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER, OFFICE_DAY_BOOKING.WORK_DATE)
                .from(OFFICE_DAY_BOOKING).join(AGENT).on(AGENT.ID.eq(OFFICE_DAY_BOOKING.AGENT_ID))
                .where(OFFICE_DAY_BOOKING.WORK_DATE.between(from, to))
                .fetch(Records.mapping(Booker::new));
    }

    /** Who booked an office day: the agent's employee number (their id in the roster engine) and the day. */
    public record Booker(String employeeNumber, LocalDate date) {
    }

    /** Bookings of a site on a day counted from the bookings themselves (to check the kept count against). */
    public int countBookings(long siteId, LocalDate date) {
        return ctx.fetchCount(OFFICE_DAY_BOOKING, OFFICE_DAY_BOOKING.SITE_ID.eq(siteId)
                .and(OFFICE_DAY_BOOKING.WORK_DATE.eq(date)));
    }
}
