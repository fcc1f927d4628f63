package dev.frontline.roster.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * What a roster's score is made of: per constraint, per agent, per day and per interval, down to every broken rule
 * with its reason. Infeasible rosters come back with {@link #hardBreaches()} naming each rule that could not be kept.
 */
public record RosterExplanation(HardSoftLongScore score, List<ConstraintCost> constraints, List<Breach> breaches,
        Map<String, HardSoftLongScore> byAgent, Map<Integer, HardSoftLongScore> byDay,
        Map<Integer, HardSoftLongScore> byInterval) {

    /** A sentence for a planner as a bundle key and its arguments, rendered by the UI in the user's language. */
    public record Message(String code, List<Object> arguments) {

        public Message {
            arguments = List.copyOf(arguments);
        }
    }

    /** One constraint's total cost and how often it matched. */
    public record ConstraintCost(String constraint, boolean hard, HardSoftLongScore score, int matches) {
    }

    /** One match of a constraint: what it costs and why. */
    public record Breach(String constraint, HardSoftLongScore cost, RosterJustification why) {

        public boolean hard() {
            return cost.hardScore() != 0;
        }
    }

    /** One agent's cost: the total of every breach naming the agent and how much each rule adds to it. */
    public record AgentCost(String agentId, HardSoftLongScore total, Map<String, HardSoftLongScore> byConstraint) {
    }

    public boolean feasible() {
        return score.isFeasible();
    }

    public List<Breach> hardBreaches() {
        return breaches.stream().filter(Breach::hard).toList();
    }

    /**
     * The breaches of one constraint, one agent and one day, each filter left out when null (a breach that names no
     * agent or no day does not pass an agent or day filter).
     */
    public List<Breach> breaches(String constraint, String agentId, Integer day) {
        return breaches.stream()
                .filter(b -> constraint == null || constraint.equals(b.constraint()))
                .filter(b -> agentId == null || agentId.equals(b.why().agentId()))
                .filter(b -> day == null || Objects.equals(day, b.why().day()))
                .toList();
    }

    /** What the breaches naming the agent cost, in total and per rule (costliest rule first). */
    public AgentCost agentCost(String agentId) {
        Map<String, HardSoftLongScore> byConstraint = new LinkedHashMap<>();
        breaches(null, agentId, null).stream()
                .sorted(java.util.Comparator.comparing(Breach::cost))
                .forEach(b -> byConstraint.merge(b.constraint(), b.cost(), HardSoftLongScore::add));
        HardSoftLongScore total = byConstraint.values().stream().reduce(HardSoftLongScore.ZERO, HardSoftLongScore::add);
        return new AgentCost(agentId, total, byConstraint);
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
