package dev.frontline.training.engine;

/**
 * One agent's day after a skill start: their handle time relative to experienced agents on the same work that month.
 *
 * @param daysSinceStart days since the skill was gained (0 on the day)
 * @param relativeAht    the agent's AHT over the experienced agents' AHT (1 = as fast as them)
 * @param contacts       contacts handled that day (the day's weight)
 */
public record RampObservation(long agentId, int daysSinceStart, double relativeAht, int contacts) {

    public RampObservation {
        if (daysSinceStart < 0) {
            throw new IllegalArgumentException("a day before the skill start is no ramp observation");
        }
        if (!(relativeAht > 0) || contacts <= 0) {
            throw new IllegalArgumentException("relative AHT and contacts must be positive");
        }
    }
}
