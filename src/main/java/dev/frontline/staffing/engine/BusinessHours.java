package dev.frontline.staffing.engine;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/** Opening hours per day of the week; a day that is absent is closed. A close of 00:00 means midnight. */
public record BusinessHours(Map<DayOfWeek, Window> days) {

    public record Window(LocalTime open, LocalTime close) {
        public Window {
            if (open == null || close == null) {
                throw new IllegalArgumentException("business hours: open and close are both required");
            }
            if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
                throw new IllegalArgumentException("business hours: close " + close + " is not after open " + open);
            }
        }

        boolean covers(LocalTime start, LocalTime end) {
            boolean endsByClose = close.equals(LocalTime.MIDNIGHT) || (!end.isAfter(close) && !end.equals(LocalTime.MIDNIGHT));
            return !start.isBefore(open) && endsByClose;
        }
    }

    public BusinessHours {
        days = new EnumMap<>(days);
    }

    /** The same hours every listed day. */
    public static BusinessHours of(LocalTime open, LocalTime close, DayOfWeek... openDays) {
        Map<DayOfWeek, Window> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : openDays) {
            map.put(d, new Window(open, close));
        }
        return new BusinessHours(map);
    }

    /** Whether an interval starting at {@code start} and lasting {@code minutes} lies inside the opening hours. */
    public boolean isOpen(LocalDateTime start, int minutes) {
        Window w = days.get(start.getDayOfWeek());
        return w != null && w.covers(start.toLocalTime(), start.toLocalTime().plusMinutes(minutes));
    }
}
