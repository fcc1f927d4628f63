package dev.frontline.forecast.engine;

import java.time.LocalTime;

/** The planning interval length: 15, 30 or 60 minutes. */
public enum IntervalGrain {
    MINUTES_15(15), MINUTES_30(30), MINUTES_60(60);

    private final int minutes;

    IntervalGrain(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    /** Intervals in a 24-hour local day. */
    public int slotsPerDay() {
        return 1440 / minutes;
    }

    /** The slot a local start time falls in (floored to the grain). */
    public int slotOf(LocalTime start) {
        return (start.getHour() * 60 + start.getMinute()) / minutes;
    }

    public LocalTime startOf(int slot) {
        return LocalTime.MIDNIGHT.plusMinutes((long) slot * minutes);
    }

    /** Parses "15m", "30m", "60m", "1h" or a plain number of minutes. */
    public static IntervalGrain parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        int value;
        try {
            if (t.endsWith("h")) {
                value = Integer.parseInt(t.substring(0, t.length() - 1)) * 60;
            } else {
                value = Integer.parseInt(t.endsWith("m") ? t.substring(0, t.length() - 1) : t);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("grain '" + text + "' is not one of 15m, 30m, 60m");
        }
        return ofMinutes(value);
    }

    public static IntervalGrain ofMinutes(int minutes) {
        for (IntervalGrain g : values()) {
            if (g.minutes == minutes) {
                return g;
            }
        }
        throw new IllegalArgumentException("grain " + minutes + " minutes is not one of 15, 30, 60");
    }
}
