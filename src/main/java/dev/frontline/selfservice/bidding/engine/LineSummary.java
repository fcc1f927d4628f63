package dev.frontline.selfservice.bidding.engine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A line in an agent's words: on which weekdays it works (and in how many of the period's weeks), its shift times
 * (start and end, minutes of the day; the end may pass midnight), the average paid minutes per week, how many days at
 * home and in the office, and at which sites.
 */
public record LineSummary(Map<DayOfWeek, Integer> weekdays, List<Times> times, int weeklyMinutes, int homeDays,
        int officeDays, List<String> sites, int weekendDays) {

    /** A start and end (minutes of the shift's day) and how many of the line's shifts have them. */
    public record Times(int startMinute, int endMinute, int shifts) {
    }

    public static LineSummary of(Line line, int periodDays) {
        Map<DayOfWeek, Integer> weekdays = new EnumMap<>(DayOfWeek.class);
        Map<Long, Integer> times = new TreeMap<>();
        TreeSet<String> sites = new TreeSet<>();
        int home = 0;
        int office = 0;
        int weekend = 0;
        for (LineShift s : line.shifts()) {
            DayOfWeek dow = s.date().getDayOfWeek();
            weekdays.merge(dow, 1, Integer::sum);
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                weekend++;
            }
            times.merge((long) s.shift().startMinute() * 10_000 + s.shift().endMinute(), 1, Integer::sum);
            if (s.atHome()) {
                home++;
            } else {
                office++;
                sites.add(s.siteCode());
            }
        }
        List<Times> list = new ArrayList<>();
        times.forEach((key, count) -> list.add(new Times((int) (key / 10_000), (int) (key % 10_000), count)));
        list.sort((a, b) -> a.shifts() != b.shifts() ? Integer.compare(b.shifts(), a.shifts())
                : Integer.compare(a.startMinute(), b.startMinute()));
        double weeks = Math.max(1, periodDays) / 7.0;
        return new LineSummary(weekdays, list, (int) Math.round(line.totalMinutes() / weeks), home, office,
                List.copyOf(sites), weekend);
    }
}
