package dev.frontline.quality.speed.engine;

import java.util.List;
import java.util.Map;

/**
 * A team over a period: its own weighted figures (all its agents' days), the spread of each measure among agents with
 * enough data, every agent's result, the speed–quality frontier per quality measure (agent ids from the fastest to the
 * slowest) and team-level notes (e.g. too few agents for a band).
 */
public record TeamResult(KpiSums sums, KpiFigures figures, Map<Measure, Spread> spreads, List<AgentResult> agents,
        Map<Measure, List<Long>> frontier, List<Explanation> notes) {

    public TeamResult {
        spreads = Map.copyOf(spreads);
        agents = List.copyOf(agents);
        frontier = Map.copyOf(frontier);
        notes = List.copyOf(notes);
    }

    public Spread spread(Measure measure) {
        return spreads.get(measure);
    }

    public List<AgentResult> flagged() {
        return agents.stream().filter(AgentResult::flagged).toList();
    }

    public java.util.Optional<AgentResult> agent(long agentId) {
        return agents.stream().filter(a -> a.agentId() == agentId).findFirst();
    }
}
