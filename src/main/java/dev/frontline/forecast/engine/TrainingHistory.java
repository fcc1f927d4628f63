package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The history a method may see at one origin: open days strictly before the origin. Special days (holidays, events,
 * re-openings after a closure) are held out so they neither distort the ordinary pattern nor get forecast as one;
 * {@link SpecialDayEffects} learns their effect separately.
 */
public final class TrainingHistory {

    private final PreparedHistory history;
    private final LocalDate origin;
    private final NavigableMap<LocalDate, double[]> ordinary = new TreeMap<>();
    private final NavigableMap<LocalDate, Double> totals = new TreeMap<>();
    private final Set<DayOfWeek> openWeekdays = EnumSet.noneOf(DayOfWeek.class);

    private TrainingHistory(PreparedHistory history, LocalDate origin, boolean holdOutSpecialDays) {
        this.history = history;
        this.origin = origin;
        for (Map.Entry<LocalDate, double[]> e : history.volume().headMap(origin, false).entrySet()) {
            if (!holdOutSpecialDays || history.specialKind(e.getKey()) == null) {
                ordinary.put(e.getKey(), e.getValue());
                totals.put(e.getKey(), Arrays.stream(e.getValue()).sum());
                openWeekdays.add(e.getKey().getDayOfWeek());
            }
        }
    }

    /** Ordinary days only: what the engine's methods train on. */
    public static TrainingHistory ordinaryDays(PreparedHistory history, LocalDate origin) {
        return new TrainingHistory(history, origin, true);
    }

    /** Every open day, special or not: what a plain baseline sees when run on its own. */
    public static TrainingHistory allOpenDays(PreparedHistory history, LocalDate origin) {
        return new TrainingHistory(history, origin, false);
    }

    public PreparedHistory history() {
        return history;
    }

    /** Forecasts start here; nothing on or after it is visible. */
    public LocalDate origin() {
        return origin;
    }

    public int slots() {
        return history.slots();
    }

    public boolean isEmpty() {
        return ordinary.isEmpty();
    }

    public int size() {
        return ordinary.size();
    }

    public LocalDate firstDay() {
        return ordinary.firstKey();
    }

    public LocalDate lastDay() {
        return ordinary.lastKey();
    }

    /** Ordinary open days, oldest first. */
    public NavigableMap<LocalDate, double[]> days() {
        return ordinary;
    }

    public double total(LocalDate day) {
        return totals.get(day);
    }

    public NavigableMap<LocalDate, Double> totals() {
        return totals;
    }

    public Set<DayOfWeek> openWeekdays() {
        return openWeekdays;
    }

    /** The most recent ordinary days on a weekday, newest first, at most {@code max}. */
    public List<LocalDate> recentSameWeekday(DayOfWeek weekday, int max) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : ordinary.descendingKeySet()) {
            if (d.getDayOfWeek() == weekday) {
                out.add(d);
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    /** The most recent ordinary days on any weekday, newest first, at most {@code max}. */
    public List<LocalDate> recentDays(int max) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : ordinary.descendingKeySet()) {
            out.add(d);
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }
}
