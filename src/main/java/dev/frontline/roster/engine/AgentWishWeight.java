package dev.frontline.roster.engine;

/**
 * What an agent's stated wish weighs in the roster's soft score: its priority points (a whole budget is 100) times
 * {@value #PER_POINT}. At one soft point per priority point a wish weighed 5–50 against 100 per quarter-hour of one
 * missing agent, below the search's starting temperature, and about two in five wishes were lost for a tenth of a
 * point of coverage (docs/benchmarks.md, "Wishes and fairness in the roster"); at 10 the DEMO bench honoured 87.9–92.5 %,
 * at 20 93.6–93.8 % for at most 0.1 point of coverage: a 50-point day off now weighs what 2½ agent-hours of missing
 * coverage do. The factor is applied where wishes become requests, not to the rules' weights,
 * because the same rules weigh benchmark requests (Curtois) whose objective the engine reproduces; a planner still
 * weighs all wishes up or down on the Weights screen.
 */
public final class AgentWishWeight {

    /** Soft score per priority point of a wish. */
    public static final int PER_POINT = 20;

    private AgentWishWeight() {
    }

    /** The engine weight of a wish of {@code points} priority points. */
    public static int of(int points) {
        return points * PER_POINT;
    }
}
