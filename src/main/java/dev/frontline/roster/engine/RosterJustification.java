package dev.frontline.roster.engine;

import java.util.Comparator;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, in words a planner reads, with the agent, day, interval and queue it concerns
 * (null where it does not concern one) so that explanations can be grouped per agent, day or interval.
 */
public record RosterJustification(String description, String agentId, Integer day, Integer interval, String queueId)
        implements ConstraintJustification, Comparable<RosterJustification> {

    private static final Comparator<RosterJustification> ORDER = Comparator
            .comparing(RosterJustification::agentId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::day, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::interval, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::queueId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::description);

    public static RosterJustification ofAgent(Agent agent, String description) {
        return new RosterJustification(description, agent.id(), null, null, null);
    }

    public static RosterJustification ofAgentDay(Agent agent, int day, String description) {
        return new RosterJustification(description, agent.id(), day, null, null);
    }

    public static RosterJustification ofDay(int day, String description) {
        return new RosterJustification(description, null, day, null, null);
    }

    public static RosterJustification ofInterval(IntervalDemand demand, String description) {
        int day = demand.interval() * DemandIndex.INTERVAL_MINUTES / (24 * 60);
        return new RosterJustification(description, null, day, demand.interval(), demand.queue().id());
    }

    @Override
    public int compareTo(RosterJustification other) {
        return ORDER.compare(this, other);
    }
}
