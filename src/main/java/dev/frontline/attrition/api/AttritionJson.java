package dev.frontline.attrition.api;

import java.util.List;

import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.GroupSurvival;
import dev.frontline.attrition.engine.LogRankTest;
import dev.frontline.attrition.engine.SurvivalAnalysis;
import dev.frontline.attrition.engine.SurvivalCurve;

/**
 * The REST shapes of the attrition analyses. Numbers that do not exist (a standard error once S(t) is 0, a median
 * while more than half are still employed) are null, never NaN, so every JSON reader takes them.
 */
final class AttritionJson {

    private AttritionJson() {
    }

    record Survival(String by, String recordsFrom, String asOf, double confidence, List<Group> groups, LogRank logRank) {
    }

    record Group(String group, int agents, int exits, String verdict, String explanation, Double medianTenureDays,
            List<Step> steps) {
    }

    record Step(double tenureDays, int atRisk, int exits, double survival, Double standardError, double lower,
            double upper) {
    }

    record LogRank(double chiSquare, int degreesOfFreedom, double pValue, List<LogRankTest.GroupResult> groups) {
    }

    record Hazard(String band, double exposureMonths, int exits, double monthlyRate, double lower, Double upper,
            double annualisedPercent) {
    }

    static Survival survival(SurvivalAnalysis.Result result) {
        List<Group> groups = result.groups().stream().map(AttritionJson::group).toList();
        LogRank logRank = result.logRank().map(t -> new LogRank(t.chiSquare(), t.degreesOfFreedom(), t.pValue(), t.groups()))
                .orElse(null);
        return new Survival(result.dimension().parameter(), result.followUp().from().toString(),
                result.followUp().asOf().toString(), SurvivalAnalysis.CONFIDENCE, groups, logRank);
    }

    private static Group group(GroupSurvival g) {
        String explanation = switch (g.verdict()) {
            case CURVE -> null;
            case TOO_FEW_AGENTS -> "Too few agents (" + g.agents() + ") to draw a curve: at least "
                    + SurvivalAnalysis.MIN_AGENTS + " are needed";
            case NO_EXITS -> "Nobody left among the " + g.agents() + " agents followed, so there is no curve to draw";
        };
        if (!g.hasCurve()) {
            return new Group(g.group(), g.agents(), g.exits(), g.verdict().name(), explanation, null, List.of());
        }
        SurvivalCurve curve = g.curve();
        List<Step> steps = curve.steps().stream().map(s -> new Step(s.time(), s.atRisk(), s.events(), s.survival(),
                Double.isNaN(s.standardError()) ? null : s.standardError(), s.lower(), s.upper())).toList();
        Double median = curve.median().isPresent() ? curve.median().getAsDouble() : null;
        return new Group(g.group(), g.agents(), g.exits(), g.verdict().name(), null, median, steps);
    }

    static Hazard hazard(BandHazard h) {
        return new Hazard(h.band().label(), h.exposureMonths(), h.exits(), h.monthlyRate(), h.lower(),
                Double.isNaN(h.upper()) ? null : h.upper(), h.annualisedPercent());
    }
}
