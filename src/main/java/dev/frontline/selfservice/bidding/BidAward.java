package dev.frontline.selfservice.bidding;

import java.util.List;

/**
 * What the allocation gave an agent: the line (null when none they may work was left), the rank it had in their
 * ranking (null = not ranked), the reason as a code and arguments ({@code RANKED} [rank, taken, kept],
 * {@code RANKED_ALL_GONE} [ranked, taken, kept], {@code RANKED_NONE} [], {@code NONE_LEFT} []; taken = higher-ranked
 * lines all given to agents before, kept = higher-ranked lines kept for later agents who could work nothing else), and
 * the agent's place in the order.
 */
public record BidAward(long agentId, String employeeNumber, String agentName, String team, int place, Long lineId,
        Integer lineNumber, Integer rank, String reason, List<String> reasonArgs) {
}
