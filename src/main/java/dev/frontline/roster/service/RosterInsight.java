package dev.frontline.roster.service;

import java.util.List;

/**
 * What a planner reads about a version beyond its score: under-coverage before and after breaks (null until it has a
 * roster), the rules its data make impossible, and the forecast and requirement versions it was built from.
 *
 * @param lowerBoundAfterBreaksPercent the LP lower bound of the under-coverage after breaks: no roster of this problem
 *        leaves less uncovered (null while it is being computed, see {@link LowerBounds})
 * @param brokenHardRules how many times the roster breaks a hard rule (null until it has a roster)
 * @param loadProblem why the version could not be read back into the engine (its master data changed), else null
 */
public record RosterInsight(Double undercoveragePercent, Double undercoverageAfterBreaksPercent,
        Double lowerBoundAfterBreaksPercent, Integer brokenHardRules,
        List<Impossibility> impossibilities, List<VersionUsed> versionsUsed, String loadProblem) {
}
