package dev.frontline.selfservice.bidding;

import java.util.List;

/**
 * The awards of a round for the planner: every agent's line and rank in precedence order, the share of first choices,
 * how many got a line they ranked, how many got none, per team the same, and how long the allocation took (null when read back later).
 */
public record AllocationReview(BidRound round, List<BidAward> awards, int agents, int firstChoices, int rankedLines,
        int withoutLine, List<TeamShare> teams, Double allocationMillis) {

    /** A team's awards: agents, first choices, a ranked line at all, average rank of those with a ranked line. */
    public record TeamShare(String team, int agents, int firstChoices, int rankedLines, double averageRank) {
    }

    public double firstChoiceShare() {
        return agents == 0 ? 0 : (double) firstChoices / agents;
    }
}
