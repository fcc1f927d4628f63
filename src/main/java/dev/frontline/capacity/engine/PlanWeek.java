package dev.frontline.capacity.engine;

import java.time.LocalDate;

/**
 * One week of one queue's plan. FTE are full-time equivalents of {@link PlanSettings#hoursPerFte()} paid hours.
 *
 * @param requiredFte   FTE the goal needs at the forecast volume; {@code requiredLow/High} at the 80 % interval's ends
 * @param existingFte   today's agents: FTE × proficiency on the week's date × chance of still being employed
 * @param hiresFte      the classes' hires on the phones, likewise
 * @param trainingFte   off-phone training hours of the week over the hours of one FTE
 * @param supplyFte     existing + hires − training; {@code supplyLow/High} with the attrition interval's high/low rates
 * @param expectedLeavers today's agents expected to have left by the week (heads, cumulative)
 * @param gapFte        supply − required (negative: short); {@code gapPercent} of required
 * @param gapLow        worst case of the bands: supplyLow − requiredHigh; {@code gapHigh} = supplyHigh − requiredLow
 * @param expectedServiceLevel service level the expected supply reaches at the forecast volume (0–1)
 */
public record PlanWeek(LocalDate weekStart, double volume, double ahtSeconds, double requiredFte, double requiredLow,
        double requiredHigh, double existingFte, double hiresFte, double trainingFte, double supplyFte, double supplyLow,
        double supplyHigh, double expectedLeavers, double gapFte, double gapPercent, double gapLow, double gapHigh,
        double expectedServiceLevel) {

    /** A shortfall smaller than this (a few minutes a week) is rounding, not a week below goal. */
    public static final double TOLERANCE_FTE = 1e-3;

    public boolean belowGoal() {
        return gapFte < -TOLERANCE_FTE;
    }
}
