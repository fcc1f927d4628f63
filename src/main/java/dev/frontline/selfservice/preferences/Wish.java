package dev.frontline.selfservice.preferences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.frontline.db.enums.WishKind;

/**
 * An agent's wish in a preference window, for every {@code weekday} of the window or for one date {@code onDate};
 * a START wish names the earliest and latest start wanted. {@code priority} is spent from the window's budget.
 */
public record Wish(long id, long windowId, long agentId, WishKind kind, DayOfWeek weekday, LocalDate onDate,
        LocalTime earliestStart, LocalTime latestStart, int priority) {

    /** The dates of the window the wish is about. */
    public List<LocalDate> dates(PreferenceWindow window) {
        if (onDate != null) {
            return window.contains(onDate) ? List.of(onDate) : List.of();
        }
        return window.firstDay().datesUntil(window.lastDay().plusDays(1)).filter(d -> d.getDayOfWeek() == weekday).toList();
    }
}
