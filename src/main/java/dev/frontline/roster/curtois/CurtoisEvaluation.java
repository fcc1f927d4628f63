package dev.frontline.roster.curtois;

import java.util.List;

/**
 * A roster checked against the benchmark's definition: the hard rules it breaks (one line per violation) and the
 * objective, split into its four weighted parts.
 */
public record CurtoisEvaluation(long onRequestPenalty, long offRequestPenalty, long underCoverPenalty,
        long overCoverPenalty, List<String> hardViolations) {

    public long objective() {
        return onRequestPenalty + offRequestPenalty + underCoverPenalty + overCoverPenalty;
    }

    public boolean feasible() {
        return hardViolations.isEmpty();
    }
}
