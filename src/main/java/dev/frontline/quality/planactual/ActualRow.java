package dev.frontline.quality.planactual;

import java.time.Instant;

/**
 * One interval of history with the service measured in it (null where not measured): service level, ASA and
 * abandonment in percent and seconds for real-time queues, first response in seconds for deferred ones.
 */
public record ActualRow(Instant start, int minutes, int offered, int handled, int abandoned, Double ahtSeconds,
        Double staffedAgents, Double serviceLevelPercent, Double asaSeconds, Double abandonPercent,
        Double firstResponseSeconds) {
}
