package dev.frontline.attrition.engine;

/**
 * One group's survival: its curve when the data can carry one, otherwise the reason it cannot
 * ({@link Verdict#TOO_FEW_AGENTS}: fewer than {@link SurvivalAnalysis#MIN_AGENTS} agents followed;
 * {@link Verdict#NO_EXITS}: nobody left, so every S(t) is 1 and says nothing).
 */
public record GroupSurvival(String group, int agents, int exits, Verdict verdict, SurvivalCurve curve) {

    public enum Verdict { CURVE, TOO_FEW_AGENTS, NO_EXITS }

    public boolean hasCurve() {
        return verdict == Verdict.CURVE;
    }
}
