package dev.frontline.quality.speed.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Speed against quality within one team over one period (docs/quality.md, "Speed against quality"):
 * <ul>
 * <li>each agent's weighted figures ({@link KpiSums}); a measure counts for an agent only with enough data behind it
 * ({@link SpeedQualityRules#enough}); an agent short of contacts or evaluations is "not enough data" and never flagged;</li>
 * <li>the team's band of each measure: the quartiles of the agents with enough data, when at least
 * {@link SpeedQualityRules#minAgentsForBand} of them have it;</li>
 * <li>the frontier per quality measure: the agents no colleague beats on both speed and quality (a colleague at least as
 * fast and at least as good, better in one of the two, dominates);</li>
 * <li>flags: speed bought with quality (AHT at or below the team's 25th percentile less the margin, and QA below the
 * band) and quality at a slow pace (AHT at or above the 75th percentile plus the margin, and QA above the band).</li>
 * </ul>
 */
public final class SpeedQualityAnalysis {

    public static final String NOT_ENOUGH_DATA = "speed.sample.too-few";
    public static final String NO_BAND = "speed.band.too-few-agents";

    private SpeedQualityAnalysis() {
    }

    public static TeamResult analyse(Map<Long, KpiSums> agents, SpeedQualityRules rules) {
        Map<Long, KpiSums> byAgent = new TreeMap<>(agents);
        Map<Measure, Spread> spreads = spreads(byAgent, rules);
        Map<Measure, List<Long>> frontier = new EnumMap<>(Measure.class);
        for (Measure quality : Measure.QUALITY) {
            frontier.put(quality, frontier(byAgent, quality, rules));
        }
        Spread aht = spreads.get(Measure.AHT);
        Spread qa = spreads.get(Measure.QA);
        List<AgentResult> results = new ArrayList<>();
        for (var entry : byAgent.entrySet()) {
            KpiSums sums = entry.getValue();
            KpiFigures figures = sums.figures();
            Set<Measure> enough = EnumSet.noneOf(Measure.class);
            for (Measure m : Measure.values()) {
                if (rules.enough(sums, m) && figures.value(m) != null) {
                    enough.add(m);
                }
            }
            Set<Measure> onFrontier = EnumSet.noneOf(Measure.class);
            frontier.forEach((m, ids) -> {
                if (ids.contains(entry.getKey())) {
                    onFrontier.add(m);
                }
            });
            List<Flag> flags = new ArrayList<>();
            List<Explanation> notes = new ArrayList<>();
            boolean judged = enough.contains(Measure.AHT) && enough.contains(Measure.QA);
            if (!judged) {
                notes.add(Explanation.of(NOT_ENOUGH_DATA, sums.ahtContacts(), sums.qaEvaluations(), rules.minContacts(),
                        rules.minEvaluations()));
            } else if (aht.hasBand() && qa.hasBand()) {
                flag(figures, aht.quartiles(), qa.quartiles(), rules).ifPresent(flags::add);
            }
            results.add(new AgentResult(entry.getKey(), sums, figures, enough, onFrontier, flags, notes));
        }
        List<Explanation> notes = new ArrayList<>();
        for (Measure m : List.of(Measure.AHT, Measure.QA)) {
            Spread s = spreads.get(m);
            if (!s.hasBand()) {
                notes.add(Explanation.of(NO_BAND + "." + m.parameter(), s.agentsWithEnoughData(), rules.minAgentsForBand()));
            }
        }
        KpiSums total = KpiSums.total(byAgent.values());
        return new TeamResult(total, total.figures(), spreads, results, frontier, notes);
    }

    /** Each measure's spread among the agents with enough data for it. */
    public static Map<Measure, Spread> spreads(Map<Long, KpiSums> agents, SpeedQualityRules rules) {
        Map<Measure, Spread> spreads = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            List<Double> values = new ArrayList<>();
            for (KpiSums sums : agents.values()) {
                Double v = sums.figures().value(m);
                if (v != null && rules.enough(sums, m)) {
                    values.add(v);
                }
            }
            spreads.put(m, new Spread(m, values.size(),
                    values.size() >= rules.minAgentsForBand() ? Quartiles.of(values) : null));
        }
        return spreads;
    }

    static java.util.Optional<Flag> flag(KpiFigures f, Quartiles aht, Quartiles qa, SpeedQualityRules rules) {
        double margin = rules.speedMarginPercent() / 100;
        double agentAht = f.ahtSeconds();
        double agentQa = f.qaScore();
        if (agentAht <= aht.p25() * (1 - margin) && agentQa < qa.p25()) {
            return java.util.Optional.of(new Flag(Flag.Kind.SPEED_OVER_QUALITY, agentAht, aht.median(), aht.p25(),
                    (aht.median() - agentAht) / aht.median() * 100, agentQa, qa.p25(), qa.p75(), f.qaEvaluations(),
                    f.contacts()));
        }
        if (agentAht >= aht.p75() * (1 + margin) && agentQa > qa.p75()) {
            return java.util.Optional.of(new Flag(Flag.Kind.QUALITY_AT_SLOW_PACE, agentAht, aht.median(), aht.p75(),
                    (agentAht - aht.median()) / aht.median() * 100, agentQa, qa.p25(), qa.p75(), f.qaEvaluations(),
                    f.contacts()));
        }
        return java.util.Optional.empty();
    }

    /**
     * The agents with enough data for AHT and {@code quality} whom no such colleague dominates (at least as fast and at
     * least as good, strictly better in one), ordered from the fastest to the slowest: the team's frontier.
     */
    public static List<Long> frontier(Map<Long, KpiSums> agents, Measure quality, SpeedQualityRules rules) {
        record Point(long id, double aht, double quality) {
        }
        List<Point> points = new ArrayList<>();
        agents.forEach((id, sums) -> {
            KpiFigures f = sums.figures();
            if (rules.enough(sums, Measure.AHT) && rules.enough(sums, quality) && f.ahtSeconds() != null
                    && f.value(quality) != null) {
                points.add(new Point(id, f.ahtSeconds(), f.value(quality)));
            }
        });
        List<Point> efficient = new ArrayList<>();
        for (Point p : points) {
            boolean dominated = false;
            for (Point o : points) {
                if (o != p && o.aht() <= p.aht() && o.quality() >= p.quality()
                        && (o.aht() < p.aht() || o.quality() > p.quality())) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                efficient.add(p);
            }
        }
        efficient.sort(Comparator.comparingDouble(Point::aht).thenComparing(Point::quality, Comparator.reverseOrder())
                .thenComparingLong(Point::id));
        return efficient.stream().map(Point::id).toList();
    }
}
