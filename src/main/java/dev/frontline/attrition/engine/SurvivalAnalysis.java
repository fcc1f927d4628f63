package dev.frontline.attrition.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Survival of tenure per group of a dimension, and the log-rank test between the groups of at least
 * {@value #MIN_AGENTS} agents (a group where nobody left still counts: it left less than expected). A group
 * with fewer than {@value #MIN_AGENTS} agents followed, or without any exit, gets its verdict instead of a curve: a
 * product-limit estimate from four people or from nobody leaving only draws noise.
 */
public final class SurvivalAnalysis {

    public static final int MIN_AGENTS = 5;
    public static final double CONFIDENCE = 0.95;

    private SurvivalAnalysis() {
    }

    public record Result(Dimension dimension, FollowUp followUp, List<GroupSurvival> groups,
            Optional<LogRankTest.Result> logRank) {
    }

    public static Result byGroup(List<Employment> employments, FollowUp followUp, Dimension dimension) {
        Map<String, List<Observation>> byGroup = new TreeMap<>();
        for (Employment e : employments) {
            followUp.observe(e).ifPresent(o -> byGroup
                    .computeIfAbsent(e.group(dimension, followUp.from()), g -> new ArrayList<>()).add(o));
        }
        List<GroupSurvival> groups = new ArrayList<>();
        Map<String, List<Observation>> comparable = new LinkedHashMap<>();
        byGroup.forEach((group, observations) -> {
            int exits = (int) observations.stream().filter(Observation::event).count();
            if (observations.size() < MIN_AGENTS) {
                groups.add(new GroupSurvival(group, observations.size(), exits, GroupSurvival.Verdict.TOO_FEW_AGENTS, null));
            } else if (exits == 0) {
                groups.add(new GroupSurvival(group, observations.size(), 0, GroupSurvival.Verdict.NO_EXITS, null));
                comparable.put(group, observations);
            } else {
                groups.add(new GroupSurvival(group, observations.size(), exits, GroupSurvival.Verdict.CURVE,
                        KaplanMeier.estimate(observations, CONFIDENCE)));
                comparable.put(group, observations);
            }
        });
        Optional<LogRankTest.Result> logRank = comparable.size() >= 2
                ? Optional.of(LogRankTest.test(comparable)) : Optional.empty();
        return new Result(dimension, followUp, List.copyOf(groups), logRank);
    }
}
