package dev.frontline.roster.engine;

import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * What a roster's score is made of: per constraint, per agent, per day and per interval, down to every broken rule
 * with its reason. Infeasible rosters come back with {@link #hardBreaches()} naming each rule that could not be kept.
 */
public record RosterExplanation(HardSoftLongScore score, List<ConstraintCost> constraints, List<Breach> breaches,
        Map<String, HardSoftLongScore> byAgent, Map<Integer, HardSoftLongScore> byDay,
        Map<Integer, HardSoftLongScore> byInterval) {

    /** One constraint's total cost and how often it matched. */
    public record ConstraintCost(String constraint, boolean hard, HardSoftLongScore score, int matches) {
    }

    /** One match of a constraint: what it costs and why. */
    public record Breach(String constraint, HardSoftLongScore cost, RosterJustification why) {

        public boolean hard() {
            return cost.hardScore() != 0;
        }
    }

    public boolean feasible() {
        return score.isFeasible();
    }

    public List<Breach> hardBreaches() {
        return breaches.stream().filter(Breach::hard).toList();
    }

    /** Human-readable lines: the score, then each costing constraint with its first reasons. */
    public String summary(int reasonsPerConstraint) {
        StringBuilder text = new StringBuilder("score " + score + (feasible() ? " (feasible)" : " (INFEASIBLE)") + "\n");
        for (ConstraintCost cost : constraints) {
            if (cost.matches() == 0) {
                continue;
            }
            text.append(String.format("  %-40s %-24s %d match(es)%n", cost.constraint(), cost.score(), cost.matches()));
            breaches.stream().filter(b -> b.constraint().equals(cost.constraint())).limit(reasonsPerConstraint)
                    .forEach(b -> text.append("      ").append(b.cost()).append("  ").append(b.why().description()).append('\n'));
        }
        return text.toString();
    }
}
