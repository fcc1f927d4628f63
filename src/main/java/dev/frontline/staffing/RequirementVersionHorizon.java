package dev.frontline.staffing;

import java.time.LocalDate;

/**
 * A requirement version with what its forecast covered: the local days [horizonStart, horizonEnd), the grain and the
 * forecast's method — what a later look back (plan against actual) needs to tell which plan held for a past week.
 */
public record RequirementVersionHorizon(RequirementVersionSummary version, LocalDate horizonStart, LocalDate horizonEnd,
                                        int grainMinutes, String forecastMethod) {
}
