package dev.frontline.staffing.simulation;

import dev.frontline.staffing.engine.InputCheck;
import java.util.OptionalDouble;

/**
 * A queue's demand for the simulation: expected arrivals and AHT per interval (from a forecast), routing priority
 * (a lower number is served first when an agent could take several queues), the service-level threshold, and
 * optionally the mean of exponential patience (empty: callers never abandon).
 */
public record SimulatedQueue(String name, int priority, double[] arrivals, double[] ahtSeconds, double thresholdSeconds,
                             OptionalDouble patienceSeconds) {

    public SimulatedQueue {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("queue name: missing");
        }
        if (arrivals.length != ahtSeconds.length) {
            throw new IllegalArgumentException("queue " + name + ": " + arrivals.length + " arrival values but "
                    + ahtSeconds.length + " AHT values");
        }
        for (int i = 0; i < arrivals.length; i++) {
            InputCheck.nonNegative("queue " + name + ", interval " + i + ", arrivals", arrivals[i]);
            InputCheck.positive("queue " + name + ", interval " + i + ", AHT (seconds)", ahtSeconds[i]);
        }
        InputCheck.nonNegative("queue " + name + ", service level threshold (seconds)", thresholdSeconds);
        patienceSeconds = patienceSeconds == null ? OptionalDouble.empty() : patienceSeconds;
        patienceSeconds.ifPresent(p -> InputCheck.positive("queue " + name + ", patience (seconds)", p));
        arrivals = arrivals.clone();
        ahtSeconds = ahtSeconds.clone();
    }
}
