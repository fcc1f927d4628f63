package dev.frontline.attrition.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The remission times of the Freireich et al. (1963) leukaemia trial, the worked example of Kleinbaum & Klein,
 * "Survival Analysis: A Self-Learning Text", 3rd ed. (Springer 2012), chapter 2: 21 patients on 6-MP (9 relapses,
 * 12 censored) against 21 on placebo (21 relapses). The book's product-limit table for the 6-MP group and its log-rank
 * statistic (16.79, O − E = 9 − 19.25 for 6-MP) are the expected figures; the standard errors and the log-transformed
 * 95 % bands are those R's {@code survfit(Surv(time, status) ~ 1)} prints for the same data.
 */
class KaplanMeierTest {

    static List<Observation> sixMp() {
        List<Observation> list = new ArrayList<>();
        for (int t : new int[] {6, 6, 6, 7, 10, 13, 16, 22, 23}) {
            list.add(Observation.fromHire(t, true));
        }
        for (int t : new int[] {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35}) {
            list.add(Observation.fromHire(t, false));
        }
        return list;
    }

    static List<Observation> placebo() {
        List<Observation> list = new ArrayList<>();
        for (int t : new int[] {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23}) {
            list.add(Observation.fromHire(t, true));
        }
        return list;
    }

    @Test
    void productLimitTableOfTheSixMpGroupMatchesTheTextbook() {
        SurvivalCurve curve = KaplanMeier.estimate(sixMp(), 0.95);

        double[][] expected = {
                // time, at risk, events, S(t), SE, lower, upper
                {6, 21, 3, 0.8571, 0.0764, 0.720, 1.000},
                {7, 17, 1, 0.8067, 0.0869, 0.653, 0.996},
                {10, 15, 1, 0.7529, 0.0963, 0.586, 0.968},
                {13, 12, 1, 0.6902, 0.1068, 0.510, 0.935},
                {16, 11, 1, 0.6275, 0.1141, 0.439, 0.896},
                {22, 7, 1, 0.5378, 0.1282, 0.337, 0.858},
                {23, 6, 1, 0.4482, 0.1346, 0.249, 0.807}};
        assertThat(curve.steps()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            SurvivalCurve.Step step = curve.steps().get(i);
            assertThat(step.time()).isEqualTo(expected[i][0]);
            assertThat(step.atRisk()).isEqualTo((int) expected[i][1]);
            assertThat(step.events()).isEqualTo((int) expected[i][2]);
            assertThat(step.survival()).isCloseTo(expected[i][3], within(0.00005));
            assertThat(step.standardError()).isCloseTo(expected[i][4], within(0.00005));
            assertThat(step.lower()).isCloseTo(expected[i][5], within(0.0005));
            assertThat(step.upper()).isCloseTo(expected[i][6], within(0.0005));
        }
        assertThat(curve.median()).hasValue(23);
        assertThat(curve.longestFollowUp()).isEqualTo(35);
        assertThat(curve.survivalAt(12)).isCloseTo(0.7529, within(0.00005));
    }

    @Test
    void logRankStatisticOfSixMpAgainstPlaceboMatchesTheTextbook() {
        LogRankTest.Result result = LogRankTest.test(Map.of("6-MP", sixMp(), "placebo", placebo()));

        assertThat(result.chiSquare()).isCloseTo(16.79, within(0.005));
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertThat(result.pValue()).isLessThan(0.0001).isGreaterThan(0);
        var sixMp = result.groups().stream().filter(g -> g.group().equals("6-MP")).findFirst().orElseThrow();
        assertThat(sixMp.observed()).isEqualTo(9);
        assertThat(sixMp.expected()).isCloseTo(19.25, within(0.005));
    }

    @Test
    void groupsThatLeaveAlikeAreNotCalledDifferent() {
        LogRankTest.Result same = LogRankTest.test(Map.of("a", sixMp(), "b", sixMp(), "c", sixMp()));

        assertThat(same.chiSquare()).isCloseTo(0, within(1e-9));
        assertThat(same.degreesOfFreedom()).isEqualTo(2);
        assertThat(same.pValue()).isCloseTo(1, within(1e-9));
    }

    @Test
    void delayedEntryKeepsLateJoinersOutOfEarlierRiskSets() {
        // two followed from hire, two only from day 10: the leaving on day 5 is out of 2, not 4
        SurvivalCurve curve = KaplanMeier.estimate(List.of(Observation.fromHire(5, true), Observation.fromHire(30, false),
                new Observation(10, 20, true), new Observation(10, 40, false)), 0.95);

        assertThat(curve.steps()).extracting(SurvivalCurve.Step::atRisk).containsExactly(2, 3);
        assertThat(curve.survivalAt(5)).isCloseTo(0.5, within(1e-12));
        assertThat(curve.survivalAt(20)).isCloseTo(0.5 * 2 / 3, within(1e-12));
    }
}
