package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * When a named trainer (not an agent of the roster, whose availability is their own shifts) can give a session: one
 * window of minutes of the day per weekday they work ({@code fromMinute} to {@code toMinute}), none on the dates they
 * are away. A trainer with no availability recorded can give a session at any time.
 */
public record TrainerAvailability(Map<DayOfWeek, Window> weekly, Set<LocalDate> away) {

    /** Minutes of the day from {@code fromMinute} (inclusive) to {@code toMinute} (exclusive). */
    public record Window(int fromMinute, int toMinute) {

        public Window {
            if (fromMinute < 0 || toMinute > 24 * 60 || fromMinute >= toMinute) {
                throw new IllegalArgumentException("a window runs forward within a day, not " + fromMinute + "–" + toMinute);
            }
        }
    }

    public TrainerAvailability {
        weekly = Map.copyOf(weekly);
        away = Set.copyOf(away);
    }

    /** Whether the trainer can give a session of these minutes from {@code startMinute} on {@code date}. */
    public boolean holds(LocalDate date, int startMinute, int minutes) {
        Window window = weekly.get(date.getDayOfWeek());
        return window != null && !away.contains(date) && window.fromMinute() <= startMinute
                && startMinute + minutes <= window.toMinute();
    }
}
