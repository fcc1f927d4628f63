package dev.frontline.selfservice.bidding;

import java.util.List;

import dev.frontline.selfservice.bidding.engine.LineSummary;

/**
 * A line of a round as planners and agents see it — anonymous: which agents' schedules it came from is never in it.
 * {@code queues}: every queue an agent needs; {@code contracts}: the contracts under which it keeps the contract rules.
 */
public record BidLine(long id, int number, int copies, List<String> queues, List<String> contracts,
        List<BidLineShift> shifts, LineSummary summary) {
}
