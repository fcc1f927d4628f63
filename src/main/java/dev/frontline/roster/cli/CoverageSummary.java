package dev.frontline.roster.cli;

import java.io.PrintWriter;
import java.util.Locale;

import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterLowerBound;

/**
 * The limit and the result side by side, for {@code bench roster} and {@code solve}: the LP lower bounds of the
 * problem (before and after breaks) and the solved roster's under-coverage before and after its breaks, as the score
 * counts them ({@link CoverageReport}).
 */
record CoverageSummary(RosterLowerBound.Bound before, RosterLowerBound.Bound after) {

    /** No bound computed: the closing line says lower_bound=n/a. */
    static CoverageSummary none() {
        return new CoverageSummary(null, null);
    }

    /** Solves both relaxations of the problem and prints them (before solving, so the solver has the machine after). */
    static CoverageSummary bound(Roster problem, PrintWriter out) {
        if (problem.getIntervalDemands().isEmpty()) {
            RosterLowerBound.Bound none = new RosterLowerBound.Bound(0, 0, true, 0);
            return new CoverageSummary(none, none);
        }
        RosterLowerBound.Bound before = RosterLowerBound.beforeBreaks(problem);
        RosterLowerBound.Bound after = RosterLowerBound.afterBreaks(problem);
        out.printf(Locale.ROOT, "LP lower bound of under-coverage: %.2f %% before breaks (%s, %.1f s), %.2f %% after breaks"
                + " (%s, %.1f s)%n", before.undercoveragePercent(), status(before), before.millis() / 1000.0,
                after.undercoveragePercent(), status(after), after.millis() / 1000.0);
        out.flush();
        return new CoverageSummary(before, after);
    }

    private static String status(RosterLowerBound.Bound bound) {
        return bound.optimal() ? "optimal" : "not solved to optimality, 0 shown";
    }

    /** The closing line: {@code hard=<n> undercoverage=<x.x>% after_breaks=<x.x>% lower_bound=<x.x>%}. */
    String line(Roster solved, long hard) {
        CoverageReport coverage = CoverageReport.of(solved);
        double before = coverage.undercoveragePercent();
        double afterBreaks = coverage.undercoverageAfterBreaksPercent();
        String bound = after == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", after.undercoveragePercent());
        return String.format(Locale.ROOT, "hard=%d undercoverage=%.1f%% after_breaks=%.1f%% lower_bound=%s", hard,
                before, afterBreaks, bound);
    }
}
