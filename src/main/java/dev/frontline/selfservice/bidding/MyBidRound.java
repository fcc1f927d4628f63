package dev.frontline.selfservice.bidding;

import java.util.List;

/**
 * The open (or latest) round as one agent sees it: the round and rule, their place in the order of {@code of} agents
 * and what it rests on ({@code basis}: HIRED [hire date], PREVIOUS_RANK [rank], PREVIOUS_NONE, NO_HISTORY, LOTTERY
 * [draw key]), the lines they may rank, their ranking (line ids, most wanted first), whether they may still change it,
 * and their award once the allocation is applied (else null).
 */
public record MyBidRound(BidRound round, int place, int of, String basis, List<String> basisArgs,
        List<BidLine> eligibleLines, List<Long> ranking, boolean open, BidAward award) {
}
