package dev.frontline.quality.speed.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month by month: a team's weighted figures with the spread (band) of its agents that month and how many agents were
 * flagged, and an agent's own figures. Every month from the first to the last is present; a month without data has
 * empty figures, so charts show a gap rather than a line drawn across it.
 */
public final class MonthlyTrend {

    /** A team's month: figures over all its agents' days, each measure's spread, and the agents flagged that month. */
    public record TeamMonth(YearMonth month, KpiFigures figures, Map<Measure, Spread> spreads, int agentsWithData,
            int flagged) {

        public TeamMonth {
            spreads = Map.copyOf(spreads);
        }

        public Spread spread(Measure measure) {
            return spreads.get(measure);
        }
    }

    /** An agent's month: their figures and the measures with enough data behind them that month. */
    public record AgentMonth(YearMonth month, KpiFigures figures, Set<Measure> enoughData) {

        public AgentMonth {
            enoughData = Set.copyOf(enoughData);
        }

        /** The figure of {@code measure}, or null when the month had too little data to count. */
        public Double counted(Measure measure) {
            return enoughData.contains(measure) ? figures.value(measure) : null;
        }
    }

    private MonthlyTrend() {
    }

    public static List<TeamMonth> team(Collection<MonthSums> rows, YearMonth first, YearMonth last,
            SpeedQualityRules rules) {
        Map<YearMonth, Map<Long, KpiSums>> byMonth = new HashMap<>();
        for (MonthSums r : rows) {
            byMonth.computeIfAbsent(r.month(), m -> new HashMap<>()).merge(r.agentId(), r.sums(), KpiSums::plus);
        }
        List<TeamMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Map<Long, KpiSums> agents = byMonth.getOrDefault(m, Map.of());
            TeamResult result = SpeedQualityAnalysis.analyse(agents, rules);
            months.add(new TeamMonth(m, result.figures(), result.spreads(), agents.size(), result.flagged().size()));
        }
        return months;
    }

    public static List<AgentMonth> agent(long agentId, Collection<MonthSums> rows, YearMonth first, YearMonth last,
            SpeedQualityRules rules) {
        Map<YearMonth, KpiSums> byMonth = new HashMap<>();
        for (MonthSums r : rows) {
            if (r.agentId() == agentId) {
                byMonth.merge(r.month(), r.sums(), KpiSums::plus);
            }
        }
        List<AgentMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            KpiSums sums = byMonth.getOrDefault(m, KpiSums.ZERO);
            KpiFigures figures = sums.figures();
            Set<Measure> enough = EnumSet.noneOf(Measure.class);
            for (Measure measure : Measure.values()) {
                if (rules.enough(sums, measure) && figures.value(measure) != null) {
                    enough.add(measure);
                }
            }
            months.add(new AgentMonth(m, figures, enough));
        }
        return months;
    }

    /** Sums per agent over all months, for the period as a whole. */
    public static Map<Long, KpiSums> byAgent(Collection<MonthSums> rows) {
        Map<Long, KpiSums> byAgent = new HashMap<>();
        for (MonthSums r : rows) {
            byAgent.merge(r.agentId(), r.sums(), KpiSums::plus);
        }
        return byAgent;
    }
}
