package dev.frontline.quality.speed.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpeedQualityAnalysisTest {

    private static final SpeedQualityRules RULES = SpeedQualityRules.DEFAULT;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** An agent's period as one day: 200 contacts at {@code aht}, 10 evaluations averaging {@code qa}. */
    private static KpiSums agent(double aht, double qa) {
        return agent(aht, qa, 200, 10);
    }

    private static KpiSums agent(double aht, double qa, int contacts, int evaluations) {
        return KpiSums.of(new DailyKpi(1, DAY, contacts, aht, qa, evaluations, 75.0, 4.2, 5.5, 20));
    }

    @Test
    void averagesAreWeightedByWhatEachDayWasMeasuredOn() {
        List<DailyKpi> days = List.of(
                // 100 contacts at 300 s, 2 evaluations at 90, FCR 80 %, 10 answers: CSAT 4, CES 6
                new DailyKpi(7, DAY, 100, 300.0, 90.0, 2, 80.0, 4.0, 6.0, 10),
                // 300 contacts at 200 s, 6 evaluations at 70, FCR 60 %, 30 answers: CSAT 3, CES 4
                new DailyKpi(7, DAY.plusDays(1), 300, 200.0, 70.0, 6, 60.0, 3.0, 4.0, 30),
                // nothing evaluated, no FCR and no survey: these days change AHT and contacts only
                new DailyKpi(7, DAY.plusDays(2), 100, 500.0, null, 0, null, null, null, 0),
                // a day off the phones
                new DailyKpi(7, DAY.plusDays(3), 0, null, null, 0, null, null, null, 0));

        KpiFigures f = KpiSums.ofDays(days).figures();

        assertThat(f.contacts()).isEqualTo(500);
        assertThat(f.ahtSeconds()).isCloseTo((100 * 300 + 300 * 200 + 100 * 500) / 500.0, within(1e-9)); // 280, not 333
        assertThat(f.qaScore()).isCloseTo((2 * 90 + 6 * 70) / 8.0, within(1e-9)); // 75, not 80
        assertThat(f.qaEvaluations()).isEqualTo(8);
        assertThat(f.fcrPercent()).isCloseTo((100 * 80 + 300 * 60) / 400.0, within(1e-9)); // 65 over 400 contacts
        assertThat(f.csat()).isCloseTo((10 * 4 + 30 * 3) / 40.0, within(1e-9));
        assertThat(f.ces()).isCloseTo((10 * 6 + 30 * 4) / 40.0, within(1e-9));
        assertThat(f.surveyResponses()).isEqualTo(40);
        assertThat(f.days()).isEqualTo(4);
    }

    @Test
    void nothingMeasuredGivesNoFigureRatherThanZero() {
        KpiFigures f = KpiSums.ofDays(List.of(new DailyKpi(7, DAY, 0, null, null, 0, null, null, null, 0))).figures();
        assertThat(f.ahtSeconds()).isNull();
        assertThat(f.qaScore()).isNull();
        assertThat(f.fcrPercent()).isNull();
        assertThat(f.csat()).isNull();
        assertThat(KpiSums.ZERO.figures().value(Measure.QA)).isNull();
    }

    @Test
    void quartilesInterpolateBetweenTheSortedValues() {
        Quartiles q = Quartiles.of(List.of(80.0, 70.0, 90.0, 60.0, 100.0));
        assertThat(q.p25()).isEqualTo(70.0);
        assertThat(q.median()).isEqualTo(80.0);
        assertThat(q.p75()).isEqualTo(90.0);
        Quartiles even = Quartiles.of(List.of(1.0, 2.0, 3.0, 4.0));
        assertThat(even.p25()).isCloseTo(1.75, within(1e-9));
        assertThat(even.median()).isCloseTo(2.5, within(1e-9));
        assertThat(even.p75()).isCloseTo(3.25, within(1e-9));
        assertThat(q.position(65)).isEqualTo(Quartiles.Position.BELOW);
        assertThat(q.position(70)).isEqualTo(Quartiles.Position.WITHIN);
        assertThat(q.position(95)).isEqualTo(Quartiles.Position.ABOVE);
    }

    /**
     * A hand-made team of eight (AHT s, QA): 1 (200, 70) fast and poor, 2 (250, 85), 3 (260, 80), 4 (300, 90),
     * 5 (310, 84), 6 (320, 82), 7 (400, 95) slow and excellent, 8 (350, 88).
     */
    private static Map<Long, KpiSums> team() {
        Map<Long, KpiSums> team = new LinkedHashMap<>();
        team.put(1L, agent(200, 70));
        team.put(2L, agent(250, 85));
        team.put(3L, agent(260, 80));
        team.put(4L, agent(300, 90));
        team.put(5L, agent(310, 84));
        team.put(6L, agent(320, 82));
        team.put(7L, agent(400, 95));
        team.put(8L, agent(350, 88));
        return team;
    }

    @Test
    void theFrontierHoldsTheAgentsNoColleagueBeatsOnBothSpeedAndQuality() {
        TeamResult result = SpeedQualityAnalysis.analyse(team(), RULES);
        // 1 is fastest; 2 is slower but better; 3 is beaten by 2 (faster and better); 4 beats 5, 6 and 8 on both;
        // 7 is the best and slowest
        assertThat(result.frontier().get(Measure.QA)).containsExactly(1L, 2L, 4L, 7L);
        assertThat(result.agent(3).orElseThrow().onFrontier()).doesNotContain(Measure.QA);
        assertThat(result.agent(4).orElseThrow().onFrontier()).contains(Measure.QA);
    }

    @Test
    void agentsEqualOnBothAxesAreBothOnTheFrontierAndADuplicateWorseOneIsNot() {
        Map<Long, KpiSums> team = Map.of(1L, agent(300, 80), 2L, agent(300, 80), 3L, agent(300, 79));
        assertThat(SpeedQualityAnalysis.frontier(team, Measure.QA, RULES)).containsExactly(1L, 2L);
    }

    @Test
    void speedBoughtWithQualityAndQualityAtASlowPaceAreFlaggedWithTheirNumbers() {
        TeamResult result = SpeedQualityAnalysis.analyse(team(), RULES);

        // AHT sorted: 200 250 260 300 310 320 350 400 -> p25 = 257.5, median 305, p75 = 327.5
        Quartiles aht = result.spread(Measure.AHT).quartiles();
        assertThat(aht.p25()).isCloseTo(257.5, within(1e-9));
        assertThat(aht.median()).isCloseTo(305, within(1e-9));
        assertThat(aht.p75()).isCloseTo(327.5, within(1e-9));
        // QA sorted: 70 80 82 84 85 88 90 95 -> band 81.5 to 88.5
        Quartiles qa = result.spread(Measure.QA).quartiles();
        assertThat(qa.p25()).isCloseTo(81.5, within(1e-9));
        assertThat(qa.p75()).isCloseTo(88.5, within(1e-9));

        assertThat(result.flagged()).extracting(AgentResult::agentId).containsExactly(1L, 7L);
        Flag fast = result.agent(1).orElseThrow().flags().getFirst();
        assertThat(fast.kind()).isEqualTo(Flag.Kind.SPEED_OVER_QUALITY);
        assertThat(fast.ahtSeconds()).isEqualTo(200);
        assertThat(fast.ahtMedian()).isCloseTo(305, within(1e-9));
        assertThat(fast.ahtQuartile()).isCloseTo(257.5, within(1e-9));
        assertThat(fast.percentFromMedian()).isCloseTo(105.0 / 305 * 100, within(1e-9));
        assertThat(fast.qaScore()).isEqualTo(70);
        assertThat(fast.qaBandLow()).isCloseTo(81.5, within(1e-9));
        assertThat(fast.qaEvaluations()).isEqualTo(10);
        assertThat(fast.explanation().code()).isEqualTo("speed.flag.speed-over-quality");
        assertThat(fast.explanation().withSubject("Ayşe Yılmaz")).startsWith("Ayşe Yılmaz", 200.0);

        Flag slow = result.agent(7).orElseThrow().flags().getFirst();
        assertThat(slow.kind()).isEqualTo(Flag.Kind.QUALITY_AT_SLOW_PACE);
        assertThat(slow.percentFromMedian()).isCloseTo(95.0 / 305 * 100, within(1e-9));
        assertThat(slow.ahtQuartile()).isCloseTo(327.5, within(1e-9));

        // 3 is below the QA band (80 < 81.5) but not fast beyond the margin (260 > 257.5 * 0.95): no flag
        assertThat(result.agent(3).orElseThrow().flags()).isEmpty();
        // 8 is slow (350 >= 327.5 * 1.05 = 343.9) but inside the band (88 <= 88.5): no flag
        assertThat(result.agent(8).orElseThrow().flags()).isEmpty();
    }

    @Test
    void theMarginDecidesHowFarPastTheQuartileAFastAgentMustBe() {
        Map<Long, KpiSums> team = team();
        team.put(1L, agent(250, 70)); // 250 <= 257.5 but not by 5 %
        assertThat(SpeedQualityAnalysis.analyse(team, RULES).agent(1).orElseThrow().flags()).isEmpty();
        SpeedQualityRules noMargin = new SpeedQualityRules(100, 4, 10, 4, 0);
        assertThat(SpeedQualityAnalysis.analyse(team, noMargin).agent(1).orElseThrow().flags()).isNotEmpty();
    }

    @Test
    void anAgentWithTooFewEvaluationsOrContactsIsNotEnoughDataAndNeverFlagged() {
        Map<Long, KpiSums> team = team();
        // as fast and poor as agent 1 was, but with only 3 evaluations
        team.put(1L, agent(200, 70, 200, 3));
        // and one with only 40 contacts
        team.put(9L, agent(150, 50, 40, 10));
        TeamResult result = SpeedQualityAnalysis.analyse(team, RULES);

        AgentResult few = result.agent(1).orElseThrow();
        assertThat(few.judged()).isFalse();
        assertThat(few.flags()).isEmpty();
        assertThat(few.enoughData()).contains(Measure.AHT).doesNotContain(Measure.QA);
        assertThat(few.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(SpeedQualityAnalysis.NOT_ENOUGH_DATA);
            assertThat(n.arguments()).containsExactly(200L, 3L, 100, 4);
        });
        AgentResult short9 = result.agent(9).orElseThrow();
        assertThat(short9.flags()).isEmpty();
        assertThat(short9.enoughData()).doesNotContain(Measure.AHT);
        // neither is on a frontier nor part of the band: the band is the other agents' quartiles
        assertThat(result.frontier().get(Measure.QA)).doesNotContain(1L, 9L);
        assertThat(result.spread(Measure.QA).agentsWithEnoughData()).isEqualTo(8);
        assertThat(result.spread(Measure.AHT).agentsWithEnoughData()).isEqualTo(8);
        // the team's own figure still counts every contact
        assertThat(result.figures().contacts()).isEqualTo(8 * 200 + 40);
        // agent 7 stays flagged against the others
        assertThat(result.flagged()).extracting(AgentResult::agentId).containsExactly(7L);
    }

    @Test
    void aTeamWithTooFewAgentsWithEnoughDataHasNoBandAndFlagsNobody() {
        Map<Long, KpiSums> team = Map.of(1L, agent(200, 60), 2L, agent(300, 90), 3L, agent(310, 91),
                4L, agent(320, 92, 200, 2));
        TeamResult result = SpeedQualityAnalysis.analyse(team, RULES);
        assertThat(result.spread(Measure.QA).hasBand()).isFalse();
        assertThat(result.spread(Measure.QA).agentsWithEnoughData()).isEqualTo(3);
        assertThat(result.spread(Measure.AHT).hasBand()).isTrue();
        assertThat(result.flagged()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("speed.band.too-few-agents.qa");
            assertThat(n.arguments()).containsExactly(3, 4);
        });
    }

    @Test
    void theFrontierOfFcrAndCsatUsesTheirOwnSampleRules() {
        Map<Long, KpiSums> team = new LinkedHashMap<>();
        team.put(1L, KpiSums.of(new DailyKpi(1, DAY, 200, 200.0, 80.0, 5, 60.0, 3.5, 5.0, 20)));
        team.put(2L, KpiSums.of(new DailyKpi(2, DAY, 200, 300.0, 80.0, 5, 70.0, 4.5, 5.0, 20)));
        // best CSAT, but from 5 answers only: not on the CSAT frontier, still on the FCR one
        team.put(3L, KpiSums.of(new DailyKpi(3, DAY, 200, 250.0, 80.0, 5, 90.0, 5.0, 5.0, 5)));
        assertThat(SpeedQualityAnalysis.frontier(team, Measure.CSAT, RULES)).containsExactly(1L, 2L);
        assertThat(SpeedQualityAnalysis.frontier(team, Measure.FCR, RULES)).containsExactly(1L, 3L);
    }

    @Test
    void monthlyTrendsHaveEveryMonthWithTheTeamsBandAndTheAgentsOwnFigures() {
        YearMonth jan = YearMonth.of(2026, 1);
        List<MonthSums> rows = new java.util.ArrayList<>();
        team().forEach((id, sums) -> rows.add(new MonthSums(id, jan, sums)));
        // March only agent 1, with too few evaluations; February is empty
        rows.add(new MonthSums(1L, jan.plusMonths(2), agent(210, 72, 150, 2)));

        List<MonthlyTrend.TeamMonth> teamTrend = MonthlyTrend.team(rows, jan, jan.plusMonths(2), RULES);
        assertThat(teamTrend).extracting(MonthlyTrend.TeamMonth::month)
                .containsExactly(jan, jan.plusMonths(1), jan.plusMonths(2));
        assertThat(teamTrend.get(0).spread(Measure.QA).quartiles().p25()).isCloseTo(81.5, within(1e-9));
        assertThat(teamTrend.get(0).flagged()).isEqualTo(2);
        assertThat(teamTrend.get(0).agentsWithData()).isEqualTo(8);
        assertThat(teamTrend.get(1).figures().ahtSeconds()).isNull();
        assertThat(teamTrend.get(2).spread(Measure.QA).hasBand()).isFalse();

        List<MonthlyTrend.AgentMonth> agentTrend = MonthlyTrend.agent(1L, rows, jan, jan.plusMonths(2), RULES);
        assertThat(agentTrend.get(0).counted(Measure.QA)).isEqualTo(70.0);
        assertThat(agentTrend.get(1).counted(Measure.AHT)).isNull();
        assertThat(agentTrend.get(2).counted(Measure.AHT)).isEqualTo(210.0);
        assertThat(agentTrend.get(2).counted(Measure.QA)).isNull();
        assertThat(agentTrend.get(2).figures().qaScore()).isEqualTo(72.0);
    }

    @Test
    void rulesRefuseNonsense() {
        assertThatThrownBy(() -> new SpeedQualityRules(0, 4, 10, 4, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpeedQualityRules(100, 4, 10, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Measure.qualityFromParameter("aht")).hasMessageContaining("qa, fcr, csat");
    }
}
