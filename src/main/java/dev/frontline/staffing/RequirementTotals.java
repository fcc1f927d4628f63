package dev.frontline.staffing;

import java.util.List;

/**
 * Totals of a run of requirement intervals (a day, a week): the peak requirement, scheduled agent-hours and the
 * full-time equivalents they make, {@code FTE = scheduled agent-hours / (hours per FTE-week × days / 7)}.
 */
public record RequirementTotals(int peakRequired, double scheduledHours, double fte, double offered) {

    /** Hours of one full-time equivalent in a week. */
    public static final double HOURS_PER_FTE_WEEK = 37.5;

    public static RequirementTotals of(List<RequirementRow> rows, int intervalMinutes, int days) {
        if (intervalMinutes <= 0 || days <= 0) {
            throw new IllegalArgumentException("totals: interval " + intervalMinutes + " min over " + days
                    + " days; both must be greater than zero");
        }
        int peak = rows.stream().mapToInt(RequirementRow::requiredAgents).max().orElse(0);
        double hours = rows.stream().mapToDouble(RequirementRow::scheduledAgents).sum() * intervalMinutes / 60.0;
        double offered = rows.stream().mapToDouble(RequirementRow::offered).sum();
        return new RequirementTotals(peak, hours, hours / (HOURS_PER_FTE_WEEK * days / 7.0), offered);
    }
}
