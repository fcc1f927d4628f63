package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns the engine's local grid (a date and a start time in the queue's zone) into real instants and back. On a
 * spring DST day the local times of the skipped hour have no instant and are left out; on an autumn day the repeated
 * hour has two instants, each of which gets the local slot's forecast. So a 24-hour queue has 92 or 100 quarter-hours
 * on those days, as its actual history does.
 */
public final class LocalGrid {

    private LocalGrid() {
    }

    /** The real starts of a local slot: none in a DST gap, two in a DST overlap, otherwise one. */
    public static List<Instant> instantsOf(LocalDate date, LocalTime start, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, start);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        return offsets.stream().map(offset -> local.toInstant(offset)).sorted().toList();
    }

    public static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    public static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    public static LocalTime localTime(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalTime();
    }

    /**
     * The local start of the grain slot an instant falls in, at the same UTC offset, so that the two passes of an
     * autumn repeated hour stay apart.
     */
    public static Instant slotStart(Instant instant, int grainMinutes, ZoneId zone) {
        var zoned = instant.atZone(zone);
        int minuteOfDay = zoned.getHour() * 60 + zoned.getMinute();
        LocalTime slot = LocalTime.MIDNIGHT.plusMinutes(minuteOfDay / grainMinutes * grainMinutes);
        return LocalDateTime.of(zoned.toLocalDate(), slot).toInstant(zoned.getOffset());
    }
}
