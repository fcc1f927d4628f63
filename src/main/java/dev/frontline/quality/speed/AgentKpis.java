package dev.frontline.quality.speed;

import java.util.List;

import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.MonthlyTrend;
import dev.frontline.quality.speed.engine.TeamResult;

/** One agent within their team over a period, for HR and planners: the agent's result, the team's, both trends. */
public record AgentKpis(AgentRef agent, TeamRef team, Period period, AgentResult result, TeamResult teamResult,
        List<MonthlyTrend.AgentMonth> trend, List<MonthlyTrend.TeamMonth> teamTrend) {
}
