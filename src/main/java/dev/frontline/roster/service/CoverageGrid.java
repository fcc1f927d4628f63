package dev.frontline.roster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.IntervalDemand;
import dev.frontline.roster.engine.Roster;

/**
 * Required and scheduled agents per queue, day and 15-minute interval of a roster, as the score counts them: the agents
 * present (breaks and lunches taken out) allocated to their queues ({@link CoverageReport#metAfterBreaks}).
 */
public record CoverageGrid(List<String> queues, int days, List<Cell> cells) {

    /**
     * One queue's interval: agents required and scheduled (proficiency-weighted, allocated, after breaks; up to the
     * requirement, since idle capacity belongs to no queue in particular, so a gap is never positive).
     */
    public record Cell(String queue, int day, int minuteOfDay, double required, double scheduled) {

        public double gap() {
            return scheduled - required;
        }
    }

    public static CoverageGrid of(Roster roster) {
        Map<IntervalDemand, Long> supplied = CoverageReport.metAfterBreaks(roster);
        List<Cell> cells = new ArrayList<>();
        int perDay = 24 * 60 / DemandIndex.INTERVAL_MINUTES;
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            cells.add(new Cell(demand.queue().id(), demand.interval() / perDay,
                    demand.interval() % perDay * DemandIndex.INTERVAL_MINUTES, demand.requiredMilli() / 1000.0,
                    supplied.getOrDefault(demand, 0L) / 1000.0));
        }
        return new CoverageGrid(roster.getQueues().stream().map(q -> q.id()).toList(), roster.getHorizonDays(), cells);
    }

    public List<Cell> of(String queue) {
        return cells.stream().filter(c -> c.queue().equals(queue)).toList();
    }
}
