package dev.frontline.selfservice.swaps.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftType;

/**
 * Turns the under-covered intervals of a roster (after breaks) into open shifts: per queue and day, repeatedly the
 * shift type of the templates that fills the most missing agent-intervals (each interval counts up to one agent),
 * while it fills at least {@link #MIN_FILLED_AGENT_INTERVALS} (one agent-hour), the gap it fills then taken off.
 */
public final class OpenShiftFinder {

    /** An open shift fills at least this many quarter-hours of one agent missing. */
    public static final int MIN_FILLED_AGENT_INTERVALS = 4;
    private static final int INTERVALS_PER_DAY = 24 * 60 / DemandIndex.INTERVAL_MINUTES;
    private static final long AGENT = 1000;

    /** A shift for the queue on the horizon day that would fill {@code gapIntervals} under-covered quarter-hours. */
    public record FoundShift(String queueId, int day, ShiftType shiftType, int gapIntervals) {
    }

    private OpenShiftFinder() {
    }

    public static List<FoundShift> find(Roster roster, CoverageReport coverage, int firstDay, int maxPerQueueAndDay) {
        Map<String, long[]> shortMilli = new HashMap<>();
        int horizon = roster.getHorizonDays() * INTERVALS_PER_DAY;
        for (CoverageReport.IntervalGap gap : coverage.shortfalls()) {
            shortMilli.computeIfAbsent(gap.demand().queue().id(), q -> new long[horizon])[gap.demand().interval()] += gap.shortMilli();
        }
        List<FoundShift> found = new ArrayList<>();
        for (var entry : shortMilli.entrySet()) {
            long[] gaps = entry.getValue();
            for (int day = Math.max(0, firstDay); day < roster.getHorizonDays(); day++) {
                for (int n = 0; n < maxPerQueueAndDay; n++) {
                    ShiftType best = null;
                    long bestFill = 0;
                    for (ShiftType shiftType : roster.getShiftTypes()) {
                        long fill = fill(gaps, day, shiftType, horizon);
                        if (fill > bestFill) {
                            best = shiftType;
                            bestFill = fill;
                        }
                    }
                    if (best == null || bestFill < MIN_FILLED_AGENT_INTERVALS * AGENT) {
                        break;
                    }
                    int filled = 0;
                    int first = DemandIndex.intervalOf(day, best.startMinute());
                    for (int t = first; t < Math.min(horizon, first + best.lengthMinutes() / DemandIndex.INTERVAL_MINUTES); t++) {
                        if (gaps[t] > 0) {
                            filled++;
                            gaps[t] = Math.max(0, gaps[t] - AGENT);
                        }
                    }
                    found.add(new FoundShift(entry.getKey(), day, best, filled));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(FoundShift::day).thenComparing(f -> f.shiftType().startMinute())
                .thenComparing(FoundShift::queueId));
        return found;
    }

    private static long fill(long[] gaps, int day, ShiftType shiftType, int horizon) {
        int first = DemandIndex.intervalOf(day, shiftType.startMinute());
        long fill = 0;
        for (int t = first; t < Math.min(horizon, first + shiftType.lengthMinutes() / DemandIndex.INTERVAL_MINUTES); t++) {
            fill += Math.min(gaps[t], AGENT);
        }
        return fill;
    }
}
