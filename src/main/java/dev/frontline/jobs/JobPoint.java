package dev.frontline.jobs;

/**
 * One step of a job's progress curve, e.g. a roster solve's best score after {@code millis} of solving. The value is
 * the handler's own text (a score), so any node can draw the curve without knowing the engine.
 */
public record JobPoint(long millis, String value) {
}
