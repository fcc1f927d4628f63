package dev.frontline.capacity.engine.frontier;

/** What a lever model's value may depend on. */
public enum Term {
    /** How new the agent is: {@code exp(−tenure weeks / τ)}, 1 on the first day, near 0 after a few months. */
    NEW_HIRE,
    /** Weeks of classroom in the agent's onboarding. */
    CLASSROOM_WEEKS,
    /** Weeks of nesting in the agent's onboarding. */
    NESTING_WEEKS,
    /** Hours a week of training received (coaching and courses after onboarding). */
    COACHING_HOURS;

    /** Terms that describe the onboarding, unknown for agents hired before onboarding was recorded. */
    boolean onboarding() {
        return this == CLASSROOM_WEEKS || this == NESTING_WEEKS;
    }
}
