package dev.frontline.staffing;

import static dev.frontline.db.Tables.FORECAST_ADJUSTMENT;
import static dev.frontline.db.Tables.FORECAST_INTERVAL;
import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SHRINKAGE;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.jooq.DSLContext;
import org.jooq.Result;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.db.enums.AdjustmentKind;
import dev.frontline.db.tables.records.ShrinkageRecord;

/**
 * Writes forecast versions straight into the forecast tables (the forecast service is built elsewhere) and removes
 * them, with every requirement version computed from them (on delete cascade), when a test ends.
 */
public final class ForecastFixture {

    private final DSLContext ctx;
    private final List<Long> versions = new ArrayList<>();
    /** The demo's own shrinkage, set aside so each test starts from none and later tests still find it. */
    private final Result<ShrinkageRecord> demoShrinkage;

    public ForecastFixture(DSLContext ctx) {
        this.ctx = ctx;
        this.demoShrinkage = ctx.selectFrom(SHRINKAGE).fetch();
        ctx.deleteFrom(SHRINKAGE).execute();
    }

    long queueId(String code) {
        return ctx.select(QUEUE.ID).from(QUEUE).where(QUEUE.CODE.eq(code)).fetchSingle(QUEUE.ID);
    }

    ZoneId zone(String code) {
        return ZoneId.of(ctx.select(QUEUE.TIME_ZONE).from(QUEUE).where(QUEUE.CODE.eq(code)).fetchSingle(QUEUE.TIME_ZONE));
    }

    /** A Monday at least a week ahead, so the day is in the future whatever the demo history's last day. */
    public static LocalDate nextMonday() {
        return LocalDate.now().plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /**
     * A one-day version of 15-minute intervals from {@code open} to {@code close} local time; {@code offered(slot)}
     * gives the volume of the slot-th open interval.
     */
    public long oneDay(String queueCode, LocalDate day, LocalTime open, LocalTime close, IntToDoubleFunction offered, double aht) {
        return days(queueCode, day, 1, open, close, offered, aht);
    }

    long days(String queueCode, LocalDate first, int days, LocalTime open, LocalTime close, IntToDoubleFunction offered,
              double aht) {
        ZoneId zone = zone(queueCode);
        long id = ctx.insertInto(FORECAST_VERSION)
                .set(FORECAST_VERSION.QUEUE_ID, queueId(queueCode))
                .set(FORECAST_VERSION.CREATED_BY, "test")
                .set(FORECAST_VERSION.GRAIN_MINUTES, (short) 15)
                .set(FORECAST_VERSION.HORIZON_START, first)
                .set(FORECAST_VERSION.HORIZON_END, first.plusDays(days))
                .set(FORECAST_VERSION.HISTORY_FROM, OffsetDateTime.now().minusWeeks(52))
                .set(FORECAST_VERSION.HISTORY_TO, OffsetDateTime.now().minusDays(1))
                .set(FORECAST_VERSION.HISTORY_INTERVALS, 1000)
                .set(FORECAST_VERSION.METHOD, "test fixture")
                .set(FORECAST_VERSION.EXPLANATION, "written by a test")
                .returning(FORECAST_VERSION.ID).fetchSingle(FORECAST_VERSION.ID);
        versions.add(id);
        for (int d = 0; d < days; d++) {
            ZonedDateTime t = first.plusDays(d).atTime(open).atZone(zone);
            ZonedDateTime end = close.equals(LocalTime.MIDNIGHT) ? first.plusDays(d + 1).atStartOfDay(zone)
                    : first.plusDays(d).atTime(close).atZone(zone);
            for (int slot = 0; t.isBefore(end); t = t.plusMinutes(15), slot++) {
                BigDecimal v = BigDecimal.valueOf(offered.applyAsDouble(slot)).setScale(3, java.math.RoundingMode.HALF_UP);
                ctx.insertInto(FORECAST_INTERVAL)
                        .set(FORECAST_INTERVAL.FORECAST_VERSION_ID, id)
                        .set(FORECAST_INTERVAL.INTERVAL_START, t.toOffsetDateTime())
                        .set(FORECAST_INTERVAL.OFFERED, v)
                        .set(FORECAST_INTERVAL.AHT_SECONDS, BigDecimal.valueOf(aht))
                        .set(FORECAST_INTERVAL.LOWER80, v).set(FORECAST_INTERVAL.UPPER80, v)
                        .set(FORECAST_INTERVAL.LOWER95, v).set(FORECAST_INTERVAL.UPPER95, v)
                        .execute();
            }
        }
        return id;
    }

    void adjust(long versionId, ZonedDateTime from, ZonedDateTime to, AdjustmentKind kind, double amount) {
        ctx.insertInto(FORECAST_ADJUSTMENT)
                .set(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID, versionId)
                .set(FORECAST_ADJUSTMENT.APPLIES_FROM, from.toOffsetDateTime())
                .set(FORECAST_ADJUSTMENT.APPLIES_TO, to.toOffsetDateTime())
                .set(FORECAST_ADJUSTMENT.KIND, kind)
                .set(FORECAST_ADJUSTMENT.AMOUNT, BigDecimal.valueOf(amount))
                .set(FORECAST_ADJUSTMENT.REASON, "test campaign")
                .set(FORECAST_ADJUSTMENT.CREATED_BY, "test")
                .execute();
    }

    /** Removes the versions written here (their intervals, adjustments and requirement versions cascade) and all shrinkage rows. */
    public void cleanUp() {
        if (!versions.isEmpty()) {
            ctx.deleteFrom(FORECAST_VERSION).where(FORECAST_VERSION.ID.in(versions)).execute();
            versions.clear();
        }
        ctx.deleteFrom(SHRINKAGE).execute();
        for (ShrinkageRecord row : demoShrinkage) {
            ctx.insertInto(SHRINKAGE, SHRINKAGE.QUEUE_ID, SHRINKAGE.WEEKDAY, SHRINKAGE.PLANNED_PERCENT,
                            SHRINKAGE.UNPLANNED_PERCENT)
                    .values(row.getQueueId(), row.getWeekday(), row.getPlannedPercent(), row.getUnplannedPercent())
                    .execute();
        }
    }

    static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** A bell-shaped day: {@code peak} contacts at the middle interval of {@code slots}. */
    public static IntToDoubleFunction bell(int slots, double peak) {
        return slot -> {
            double x = (slot + 0.5) / slots - 0.5;
            return peak * Math.exp(-x * x * 12);
        };
    }
}
