package dev.frontline.roster.engine;

import java.util.HashMap;
import java.util.Map;

/** Each agent's days of a working roster by day index: what training moves look up for every person they move. */
final class DaysOfAgents {

    private final Map<String, AgentDay[]> days = new HashMap<>();

    DaysOfAgents(Roster roster) {
        for (AgentDay agentDay : roster.getAgentDays()) {
            days.computeIfAbsent(agentDay.getAgent().id(), id -> new AgentDay[roster.getHorizonDays()])[agentDay.getDay()] =
                    agentDay;
        }
    }

    /** The agent's day, or null when the agent or day is not in the roster. */
    AgentDay of(Agent agent, int day) {
        AgentDay[] row = days.get(agent.id());
        return row == null || day < 0 || day >= row.length ? null : row[day];
    }
}
