package dev.frontline.quality.planactual.engine;

/** How a queue's service is measured against its goal. */
public enum Measure {
    /** Real-time queues: percent of contacts answered within the threshold; higher is better, gaps in points. */
    SERVICE_LEVEL,
    /** Deferred queues: mean first response in hours; lower is better, gaps in hours. */
    RESPONSE_HOURS;

    /** Whether a change of the measure by {@code delta} makes the service worse. */
    public boolean harmful(double delta) {
        return this == SERVICE_LEVEL ? delta < 0 : delta > 0;
    }
}
