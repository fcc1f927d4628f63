package dev.frontline.attrition.engine;

/**
 * One agent's follow-up in days of tenure: watched from tenure {@code entry} (0 for a hire inside the observation
 * window, later for someone already employed when the records start — left truncation) until tenure {@code exit},
 * which is a leaving when {@code event} holds and otherwise the day the follow-up stopped (still employed: censored).
 */
public record Observation(double entry, double exit, boolean event) {

    public Observation {
        if (entry < 0 || exit < entry) {
            throw new IllegalArgumentException("An observation needs 0 <= entry <= exit, got " + entry + " .. " + exit);
        }
    }

    /** Followed from hire. */
    public static Observation fromHire(double exit, boolean event) {
        return new Observation(0, exit, event);
    }

    /** In the risk set just before {@code time}: entered before it and not yet gone. */
    boolean atRiskAt(double time) {
        return entry < time && exit >= time;
    }
}
