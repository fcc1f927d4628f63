package dev.frontline.roster.engine;

/**
 * Where a shift's breaks and lunch can fall, in intervals of the horizon, and how many whole intervals they take away
 * from its supply, as {@link BreakPlanner} places them: each starts on the 15-minute grid, not earlier than
 * {@code earliestAfterStartMinutes} after the shift start, and ends at least {@code latestBeforeEndMinutes} before its
 * end; a break removes the intervals it starts in up to the one it ends in ({@code minutes / 15} of them, so a
 * 10-minute break removes none).
 *
 * @param firstInterval the first interval a break can take
 * @param endInterval one past the last interval a break can take
 * @param breakIntervals the intervals the shift's breaks and lunch take together; 0 when they do not fit in the window
 *        with their gaps (the planner then leaves some out, and the bound must not count them)
 */
public record BreakWindow(int firstInterval, int endInterval, int breakIntervals) {

    public static BreakWindow of(int day, ShiftType shift) {
        BreakRule rule = shift.breakRule();
        int step = DemandIndex.INTERVAL_MINUTES;
        int start = day * 24 * 60 + shift.startMinute();
        int first = (start + rule.earliestAfterStartMinutes() + step - 1) / step * step;
        int lastEnd = start + shift.lengthMinutes() - rule.latestBeforeEndMinutes();
        int end = Math.floorDiv(lastEnd, step) * step;
        int pieces = rule.breakCount() + (rule.lunchMinutes() > 0 ? 1 : 0);
        int minutes = rule.breakCount() * rule.breakMinutes() + rule.lunchMinutes();
        int intervals = rule.breakCount() * (rule.breakMinutes() / step) + rule.lunchMinutes() / step;
        boolean fits = pieces > 0 && first + minutes + (pieces - 1) * rule.minGapMinutes() <= end;
        return new BreakWindow(first / step, Math.max(first, end) / step, fits ? intervals : 0);
    }
}
