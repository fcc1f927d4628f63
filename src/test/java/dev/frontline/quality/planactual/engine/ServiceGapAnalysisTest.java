package dev.frontline.quality.planactual.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.frontline.staffing.engine.ErlangC;
import dev.frontline.staffing.engine.IntervalWorkload;

class ServiceGapAnalysisTest {

    private static final Instant T0 = Instant.parse("2026-11-02T06:00:00Z");
    private static final ServiceCurve VOICE = ServiceCurve.erlangC(900, 20);

    private static PlanActualInterval interval(int k, double forecast, double actual, double forecastAht, double actualAht,
            double planned, double staffed, double achieved) {
        return new PlanActualInterval(T0.plusSeconds(900L * k), forecast, forecastAht, actual, actualAht, planned, planned,
                planned, staffed, achieved);
    }

    @Test
    void shapleyOfAnAdditiveFunctionWithAnInteractionSplitsTheInteractionEvenly() {
        // v = 3·V + 5·A − 2·S + 4·V·A: V gets 3 + 2, A gets 5 + 2, S gets −2; they sum to v(all) − v(none) = 10
        Map<Factor, Double> shares = Shapley.attribute(s -> (s.contains(Factor.VOLUME) ? 3 : 0) + (s.contains(Factor.AHT) ? 5 : 0)
                - (s.contains(Factor.STAFFING) ? 2 : 0) + (s.containsAll(EnumSet.of(Factor.VOLUME, Factor.AHT)) ? 4 : 0));
        assertThat(shares.get(Factor.VOLUME)).isCloseTo(5, within(1e-12));
        assertThat(shares.get(Factor.AHT)).isCloseTo(7, within(1e-12));
        assertThat(shares.get(Factor.STAFFING)).isCloseTo(-2, within(1e-12));
    }

    @Test
    void aWeekWhereOnlyVolumeWasOffPutsTheWholeGapOnForecastError() {
        List<PlanActualInterval> week = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            // 100 calls forecast, 115 came; AHT 300 s as forecast; 38 agents planned and staffed
            week.add(interval(k, 100, 115, 300, 300, 38, 38, Double.NaN));
        }
        double planned = 100 * ErlangC.metrics(new IntervalWorkload(100, 900, 300), 38, 20).serviceLevel();
        double modelled = 100 * ErlangC.metrics(new IntervalWorkload(115, 900, 300), 38, 20).serviceLevel();
        ServiceGap gap = ServiceGapAnalysis.realTime(week, VOICE, planned);

        assertThat(gap.planned()).isCloseTo(planned, within(1e-9));
        assertThat(gap.modelled()).isCloseTo(modelled, within(1e-9));
        assertThat(gap.planPart()).isCloseTo(0, within(1e-9));
        assertThat(gap.ahtPart()).isCloseTo(0, within(1e-12));
        assertThat(gap.staffingPart()).isCloseTo(0, within(1e-12));
        assertThat(gap.volumePart()).isCloseTo(modelled - planned, within(1e-9)).isNegative();
        assertThat(gap.volumeErrorPercent()).isCloseTo(15, within(1e-9));
        assertThat(gap.reasons().get(0).code()).isEqualTo("VOLUME_ABOVE");
        assertThat(gap.reasons().get(0).args()).containsExactly(15.0, 15.0);
        assertThat(gap.reasons().get(0).harmful()).isTrue();
        assertThat(gap.met()).isFalse();
    }

    @Test
    void understaffingAloneIsPutOnStaffingAndCountedInAgents() {
        List<PlanActualInterval> week = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            week.add(interval(k, 100, 100, 300, 300, 38, 35, Double.NaN));
        }
        ServiceGap gap = ServiceGapAnalysis.realTime(week, VOICE, 80);
        assertThat(gap.volumePart()).isCloseTo(0, within(1e-12));
        assertThat(gap.ahtPart()).isCloseTo(0, within(1e-12));
        assertThat(gap.staffingPart()).isNegative();
        GapReason staff = gap.reasons().stream().filter(r -> r.code().equals("STAFF_FEWER")).findFirst().orElseThrow();
        assertThat(staff.args().get(0)).isCloseTo(3, within(1e-9));
    }

    @Test
    void partsAddUpExactlyToTheGapForAnyMixOfCauses() {
        Random random = new Random(16);
        for (int run = 0; run < 20; run++) {
            List<PlanActualInterval> week = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                double forecast = 20 + random.nextDouble() * 80;
                double planned = Math.ceil(forecast * 300 / 900) + 2 + random.nextInt(4);
                week.add(interval(k, forecast, forecast * (0.8 + random.nextDouble() * 0.4), 300,
                        300 * (0.9 + random.nextDouble() * 0.2), planned, planned * (0.85 + random.nextDouble() * 0.2),
                        random.nextDouble()));
            }
            ServiceGap gap = ServiceGapAnalysis.realTime(week, VOICE, 80);
            assertThat(gap.partsSum()).isCloseTo(gap.gap(), within(1e-9));
            assertThat(gap.volumePart() + gap.ahtPart() + gap.staffingPart())
                    .isCloseTo(gap.modelled() - gap.planned(), within(1e-9));
        }
    }

    @Test
    void fractionalAgentsInterpolateBetweenWholeAgents() {
        double at10 = VOICE.serviceLevel(100, 300, 36);
        double at11 = VOICE.serviceLevel(100, 300, 37);
        assertThat(VOICE.serviceLevel(100, 300, 36.25)).isCloseTo(at10 + 0.25 * (at11 - at10), within(1e-12));
        assertThat(VOICE.serviceLevel(0, 300, 0)).isEqualTo(1);
    }

    @Test
    void responseOfOneAgentWorkingAnHourOfWorkIsHalfAnHour() {
        // 10 emails × 360 s = one agent-hour of work arriving at the start of an hour worked by one agent: the work
        // is done evenly over the hour, so the mean email waits half of it
        assertThat(ResponseCurve.meanResponseSeconds(3600, new double[] {10}, new double[] {360}, new double[] {1}))
                .isCloseTo(1800, within(1e-9));
        // nobody there in the first hour: everything waits one more hour
        assertThat(ResponseCurve.meanResponseSeconds(3600, new double[] {10, 0}, new double[] {360, 360}, new double[] {0, 1}))
                .isCloseTo(5400, within(1e-9));
    }

    @Test
    void deferredGapsAreInHoursAndAddUp() {
        List<PlanActualInterval> day = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            boolean open = k >= 8 && k < 20;
            day.add(new PlanActualInterval(T0.plusSeconds(3600L * k), 10, 400, 13, 420, open ? 1.2 : 0, open ? 1.2 : 0,
                    open ? 1.2 : 0, open ? 1.0 : 0, 4 * 3600));
        }
        ServiceGap gap = ServiceGapAnalysis.deferred(day, 3600, 12);
        assertThat(gap.measure()).isEqualTo(Measure.RESPONSE_HOURS);
        assertThat(gap.volumePart()).isPositive();
        assertThat(gap.staffingPart()).isPositive();
        assertThat(gap.partsSum()).isCloseTo(gap.gap(), within(1e-9));
        assertThat(gap.achieved()).isCloseTo(4, within(1e-9));
    }
}
