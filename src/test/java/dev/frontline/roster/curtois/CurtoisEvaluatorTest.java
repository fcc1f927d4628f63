package dev.frontline.roster.curtois;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurtoisEvaluatorTest {

    private final CurtoisInstance tiny = CurtoisParser.parse("tiny", CurtoisParserTest.TINY);

    static String[][] grid(String... rows) {
        String[][] grid = new String[rows.length][];
        for (int e = 0; e < rows.length; e++) {
            grid[e] = new String[rows[e].length()];
            for (int d = 0; d < rows[e].length(); d++) {
                char c = rows[e].charAt(d);
                grid[e][d] = c == '.' ? null : String.valueOf(c);
            }
        }
        return grid;
    }

    @Test
    void feasibleRosterCostsItsRequestsAndCover() {
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(tiny, grid("DDD....", "DD....."));
        assertThat(evaluation.hardViolations()).isEmpty();
        // B works D on day 1 against an off-request (3); day 1 has 2 on D for 1 required (over 1 x 1)
        assertThat(evaluation.offRequestPenalty()).isEqualTo(3);
        assertThat(evaluation.overCoverPenalty()).isEqualTo(1);
        assertThat(evaluation.onRequestPenalty()).isZero();
        assertThat(evaluation.underCoverPenalty()).isZero();
        assertThat(evaluation.objective()).isEqualTo(4);
    }

    @Test
    void everyBrokenRuleIsListed() {
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(tiny, grid("LD.D.DD", "......."));
        assertThat(evaluation.hardViolations()).containsExactlyInAnyOrder(
                "employee A: shift D on day 1 may not follow L",
                "employee A: works on day off 6",
                "employee A: 1 consecutive days off from day 2, min 2",
                "employee A: 1 consecutive shifts from day 3, min 2",
                "employee A: 1 consecutive days off from day 4, min 2");
        // A's on-request for D on day 0 is unmet (2); day 0 D has nobody of 2 (200)
        assertThat(evaluation.objective()).isEqualTo(202);
    }

    @Test
    void limitsOnMinutesShiftTypesRunsAndWeekends() {
        // B may not work L (max 0), A works 6 shifts = 2880 min > 2400, 6 in a row > 3, weekend 5-6 once (max 1 ok)
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(tiny, grid("DDDDDD.", "L......"));
        assertThat(evaluation.hardViolations()).containsExactlyInAnyOrder(
                "employee A: 2880 minutes, max 2400",
                "employee A: 6 consecutive shifts from day 0, max 3",
                "employee B: 1 shifts L, max 0");
    }

    @Test
    void runsAtTheHorizonEdgesAreExempt() {
        // a single shift on day 0 and a single day off on day 6 touch the edges
        assertThat(CurtoisEvaluator.evaluate(tiny, grid("D..DDD.", "D.....D")).hardViolations()).isEmpty();
    }
}
