package dev.frontline.selfservice.bidding.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the source roster's schedules into lines: each agent with at least one shift gives one schedule; schedules
 * with the same shifts (date, shift type, place) that need the same queues are one line with a copy per agent. Lines
 * are numbered by their first shift (earliest date, then earliest start), so neighbouring numbers look alike.
 */
public final class LineBuilder {

    /** One agent's schedule in the source roster and the queues its shifts covered. */
    public record Schedule(long agentId, List<LineShift> shifts, Set<String> queues) {
    }

    private LineBuilder() {
    }

    public static List<Line> build(List<Schedule> schedules) {
        Map<String, List<Schedule>> groups = new LinkedHashMap<>();
        for (Schedule s : schedules) {
            if (s.shifts().isEmpty()) {
                continue;
            }
            List<LineShift> sorted = s.shifts().stream().sorted(Comparator.comparingInt(LineShift::day)).toList();
            String key = sorted.stream().map(LineShift::key).collect(Collectors.joining(";")) + "|"
                    + String.join(",", new TreeSet<>(s.queues()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Schedule(s.agentId(), sorted, s.queues()));
        }
        Comparator<List<Schedule>> byFirstShift = Comparator.comparing(g -> firstKey(g.get(0).shifts()));
        List<List<Schedule>> ordered = groups.values().stream()
                .sorted(byFirstShift.thenComparing(g -> g.get(0).shifts().size())
                        .thenComparing(g -> g.get(0).shifts().stream().map(LineShift::key).collect(Collectors.joining(";")))
                        .thenComparing(g -> String.join(",", new TreeSet<>(g.get(0).queues()))))
                .toList();
        List<Line> lines = new ArrayList<>();
        for (List<Schedule> group : ordered) {
            lines.add(new Line(lines.size() + 1, group.get(0).shifts(), group.get(0).queues(),
                    group.stream().map(Schedule::agentId).sorted().toList()));
        }
        return lines;
    }

    private static String firstKey(List<LineShift> shifts) {
        LineShift first = shifts.get(0);
        return String.format("%06d", first.startMinute());
    }
}
