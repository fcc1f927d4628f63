package dev.frontline.quality.speed.engine;

import java.util.List;
import java.util.Set;

/**
 * One agent's period within their team: the weighted figures, which measures had enough data to be compared, on which
 * quality measure's frontier the agent lies, the flags (with their numbers) and, when data was short, why the agent is
 * not judged.
 */
public record AgentResult(long agentId, KpiSums sums, KpiFigures figures, Set<Measure> enoughData,
        Set<Measure> onFrontier, List<Flag> flags, List<Explanation> notes) {

    public AgentResult {
        enoughData = Set.copyOf(enoughData);
        onFrontier = Set.copyOf(onFrontier);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    /** Whether the agent had enough contacts and evaluations to be set against the team's bands. */
    public boolean judged() {
        return enoughData.contains(Measure.AHT) && enoughData.contains(Measure.QA);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
