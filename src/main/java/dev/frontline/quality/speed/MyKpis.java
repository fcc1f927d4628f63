package dev.frontline.quality.speed;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.quality.speed.engine.KpiFigures;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.Spread;

/**
 * What an agent sees of their own speed and quality: their figures over the period and month by month, against their
 * team's range (median and band of the agents with enough data) — never another agent's figures or names.
 *
 * @param teamName    the agent's team, null when they belong to none (then no range)
 * @param enoughData  the measures with enough data behind the agent's own figure
 * @param teamRange   per measure the team's spread (how many agents had enough data, and the quartiles when at least
 *                    the minimum did)
 */
public record MyKpis(Period period, String teamName, KpiFigures mine, Set<Measure> enoughData,
        Map<Measure, Spread> teamRange, List<Month> trend, int minContacts, int minEvaluations) {

    /** One month: the agent's figures that counted (null where the month had too little data) and the team's range. */
    public record Month(YearMonth month, KpiFigures mine, Set<Measure> enoughData, Map<Measure, Spread> teamRange) {
    }
}
