package dev.frontline.staffing.engine;

import java.util.OptionalDouble;

/**
 * Steady-state performance of a queue with a given number of agents. Proportions are fractions (0–1).
 *
 * @param agents               agents logged in and available
 * @param offeredLoad          Erlangs offered
 * @param stable               false when the queue grows without bound (Erlang C with agents ≤ load); the other
 *                             figures then describe the limit (SL 0, every contact waits, occupancy 100 %)
 * @param serviceLevel         fraction of offered contacts answered within the threshold
 * @param asaSeconds           average speed of answer of answered contacts; empty when the queue is unstable
 * @param probabilityOfWaiting fraction of contacts that wait at all
 * @param answeredImmediately  fraction of contacts answered without waiting (1 − P(wait))
 * @param occupancy            fraction of agents' logged-in time spent handling contacts
 * @param abandonment          fraction of offered contacts that abandon (0 in Erlang C)
 */
public record QueueMetrics(int agents, double offeredLoad, boolean stable, double serviceLevel, OptionalDouble asaSeconds,
                           double probabilityOfWaiting, double answeredImmediately, double occupancy, double abandonment) {
}
