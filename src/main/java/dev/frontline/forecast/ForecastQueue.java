package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A queue as the forecast sees it: its customers' clock (local days, DST) and calendar (public holidays), and the
 * span of its contact history.
 *
 * @param historyEnd end (exclusive) of the last history interval, or null when the queue has no history yet
 */
public record ForecastQueue(long id, String code, String name, ZoneId zone, String countryCode, Instant historyStart,
                            Instant historyEnd) {

    public boolean hasHistory() {
        return historyEnd != null;
    }

    /** The first local day after the history: where a forecast starts when the planner does not choose. */
    public LocalDate defaultStart() {
        return historyEnd == null ? null : historyEnd.minusNanos(1).atZone(zone).toLocalDate().plusDays(1);
    }

    public String label() {
        return name + " (" + code + ")";
    }
}
