package dev.frontline.roster.engine;

import java.util.Comparator;
import java.util.Locale;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.frontline.shared.text.Phrase;

/**
 * Why a constraint matched, as a sentence of the bundles ({@code roster.why.*}) whose arguments are
 * {@link RosterTerms} (agents, days, shifts, places by the engine's ids), with the agent, day, interval and queue it
 * concerns (null where it does not concern one) so that explanations can be grouped per agent, day or interval. The
 * UI renders the sentence in the planner's language and words; {@link #description()} is the English reading.
 */
public record RosterJustification(Phrase message, String agentId, Integer day, Integer interval, String queueId)
        implements ConstraintJustification, Comparable<RosterJustification> {

    private static final Comparator<RosterJustification> ORDER = Comparator
            .comparing(RosterJustification::agentId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::day, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::interval, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RosterJustification::queueId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(j -> j.message().key())
            .thenComparing(j -> j.message().args().toString());

    public static RosterJustification of(Phrase message) {
        return new RosterJustification(message, null, null, null, null);
    }

    public static RosterJustification ofAgent(Agent agent, String key, Object... args) {
        return new RosterJustification(Phrase.of(key, args), agent.id(), null, null, null);
    }

    public static RosterJustification ofAgentDay(Agent agent, int day, String key, Object... args) {
        return new RosterJustification(Phrase.of(key, args), agent.id(), day, null, null);
    }

    public static RosterJustification ofDay(int day, String key, Object... args) {
        return new RosterJustification(Phrase.of(key, args), null, day, null, null);
    }

    public static RosterJustification ofInterval(IntervalDemand demand, String key, Object... args) {
        int day = demand.interval() * DemandIndex.INTERVAL_MINUTES / (24 * 60);
        return new RosterJustification(Phrase.of(key, args), null, day, demand.interval(), demand.queue().id());
    }

    /** The sentence in English with the engine's ids and day numbers: for the command line, logs and tests. */
    public String description() {
        return message.render(Locale.ENGLISH, RosterTerms.ENGLISH);
    }

    @Override
    public int compareTo(RosterJustification other) {
        return ORDER.compare(this, other);
    }
}
