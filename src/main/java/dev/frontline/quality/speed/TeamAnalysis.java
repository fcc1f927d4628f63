package dev.frontline.quality.speed;

import java.util.List;
import java.util.Map;

import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.MonthSums;
import dev.frontline.quality.speed.engine.MonthlyTrend;
import dev.frontline.quality.speed.engine.SpeedQualityRules;
import dev.frontline.quality.speed.engine.TeamResult;

/**
 * A team over a period, with its agents named: the engine's result, the team's monthly trend (at least the twelve
 * months up to the period's end) and the month sums behind it, from which any agent's own trend is drawn.
 */
public record TeamAnalysis(TeamRef team, Period period, TeamResult result, Map<Long, AgentRef> agents,
        List<MonthlyTrend.TeamMonth> trend, Period trendPeriod, List<MonthSums> trendSums, SpeedQualityRules rules) {

    public TeamAnalysis {
        agents = Map.copyOf(agents);
        trend = List.copyOf(trend);
        trendSums = List.copyOf(trendSums);
    }

    public AgentRef agent(long agentId) {
        return agents.get(agentId);
    }

    /** Every agent's result, named, by last and first name. */
    public List<AgentResult> agentsByName() {
        return result.agents().stream()
                .sorted(java.util.Comparator.comparing((AgentResult a) -> agent(a.agentId()).lastName())
                        .thenComparing(a -> agent(a.agentId()).firstName()))
                .toList();
    }

    public List<MonthlyTrend.AgentMonth> agentTrend(long agentId) {
        return MonthlyTrend.agent(agentId, trendSums, trendPeriod.firstMonth(), trendPeriod.lastMonth(), rules);
    }
}
