package dev.frontline.roster.engine;

/**
 * The breaks a shift template asks for: {@code breakCount} short breaks of {@code breakMinutes} and one lunch of
 * {@code lunchMinutes} (0 = none), none earlier than {@code earliestAfterStartMinutes} after the start or later than
 * {@code latestBeforeEndMinutes} before the end, and at least {@code minGapMinutes} between two of them.
 */
public record BreakRule(int breakCount, int breakMinutes, int lunchMinutes, int earliestAfterStartMinutes,
        int latestBeforeEndMinutes, int minGapMinutes) {

    public BreakRule {
        if (breakCount < 0 || breakMinutes < 0 || lunchMinutes < 0 || earliestAfterStartMinutes < 0
                || latestBeforeEndMinutes < 0 || minGapMinutes < 0) {
            throw new IllegalArgumentException("break rule values must not be negative: " + breakCount + ", "
                    + breakMinutes + ", " + lunchMinutes + ", " + earliestAfterStartMinutes + ", "
                    + latestBeforeEndMinutes + ", " + minGapMinutes);
        }
    }

    /** Whether the rule places anything: a shift without breaks or lunch is worked whole. */
    public boolean hasBreaks() {
        return lunchMinutes > 0 || breakCount > 0;
    }

    public static BreakRule none() {
        return new BreakRule(0, 0, 0, 0, 0, 0);
    }
}
