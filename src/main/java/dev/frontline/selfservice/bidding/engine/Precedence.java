package dev.frontline.selfservice.bidding.engine;

/**
 * Who chooses first in a bid round. {@link #SENIORITY}: earliest hire date first, ties by employee number.
 * {@link #LAST_PERIOD_SATISFACTION}: who got the worst rank in the previous round first; agents without history in
 * the middle. {@link #SEEDED_LOTTERY}: a draw anyone can repeat from the published seed.
 */
public enum Precedence {
    SENIORITY, LAST_PERIOD_SATISFACTION, SEEDED_LOTTERY
}
