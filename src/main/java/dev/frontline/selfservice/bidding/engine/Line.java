package dev.frontline.selfservice.bidding.engine;

import java.util.List;
import java.util.Set;

/**
 * An anonymous line: one schedule of the whole period, worked by {@code sourceAgentIds.size()} agents of the source
 * roster (its copies), needing every queue of {@code queues}.
 */
public record Line(int number, List<LineShift> shifts, Set<String> queues, List<Long> sourceAgentIds) {

    public Line {
        shifts = List.copyOf(shifts);
        queues = Set.copyOf(queues);
        sourceAgentIds = List.copyOf(sourceAgentIds);
    }

    public int copies() {
        return sourceAgentIds.size();
    }

    public int totalMinutes() {
        return shifts.stream().mapToInt(s -> s.shift().lengthMinutes()).sum();
    }
}
