package dev.frontline.attrition.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A centre simulated day by day with a known leaving rate per tenure band (and monthly hiring classes that refill it)
 * must give that rate back from the fit, and the forecast fitted up to a cut-off must hold what then happens.
 */
class KnownHazardTest {

    /** True monthly leaving rates per band, highest for new hires as in real centres. */
    static final double[] TRUE_RATES = {0.040, 0.028, 0.020, 0.014, 0.011, 0.008};
    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int HEADCOUNT = 400;

    static List<Employment> simulate(long seed, int months) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LocalDate> hires = new ArrayList<>();
        List<LocalDate> exits = new ArrayList<>();
        for (int i = 0; i < HEADCOUNT; i++) {
            hires.add(START.minusDays(random.nextInt(5 * 365)));
            exits.add(null);
        }
        LocalDate end = START.plusMonths(months);
        for (LocalDate day = START; day.isBefore(end); day = day.plusDays(1)) {
            if (day.getDayOfMonth() == 1) {
                long active = exits.stream().filter(e -> e == null).count();
                for (long n = active; n < HEADCOUNT; n++) {
                    hires.add(day);
                    exits.add(null);
                }
            }
            for (int i = 0; i < hires.size(); i++) {
                if (exits.get(i) == null && !hires.get(i).isAfter(day)) {
                    long tenure = day.toEpochDay() - hires.get(i).toEpochDay();
                    double daily = TRUE_RATES[TenureBand.of(tenure).ordinal()] / HazardByTenure.DAYS_PER_MONTH;
                    if (random.nextDouble() < daily) {
                        exits.set(i, day.plusDays(1));
                    }
                }
            }
        }
        List<Employment> result = new ArrayList<>();
        for (int i = 0; i < hires.size(); i++) {
            LocalDate exit = exits.get(i) != null && exits.get(i).isBefore(end) ? exits.get(i) : null;
            result.add(new Employment("S" + i, hires.get(i), exit, true, "Study",
                    Map.of(Dimension.SITE, i % 2 == 0 ? "EVEN" : "ODD")));
        }
        return result;
    }

    /**
     * Each band's 95 % interval holds its true rate in about 95 of 100 fits; over ten simulated centres (60 intervals)
     * at least 54 must hold it, which an unbiased fit misses with a chance of about 1 in 30, and a fit biased by a fifth
     * in any band almost always.
     */
    @Test
    void theFittedHazardHoldsTheTrueRateOfEachBandInItsInterval() {
        int held = 0;
        int intervals = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<BandHazard> fitted = HazardByTenure.fit(simulate(seed, 24), new FollowUp(START, START.plusMonths(24)));
            for (BandHazard band : fitted) {
                assertThat(band.exits()).as(band.band().label()).isPositive();
                double truth = TRUE_RATES[band.band().ordinal()];
                intervals++;
                if (truth >= band.lower() && truth <= band.upper()) {
                    held++;
                }
            }
        }
        assertThat(intervals).isEqualTo(60);
        assertThat(held).as("intervals holding the true rate").isGreaterThanOrEqualTo(54);
    }

    @Test
    void theBacktestForecastHoldsTheLeaversThatFollowTheCutoff() {
        List<Employment> centre = simulate(7, 36);

        AttritionBacktest.Result backtest = AttritionBacktest.run(centre, START, YearMonth.from(START.plusMonths(24)), 12);

        assertThat(backtest.actualTotal()).isBetween(backtest.forecastTotal().lower(), backtest.forecastTotal().upper());
        assertThat(backtest.monthsCovered()).isGreaterThanOrEqualTo(10);
        assertThat(backtest.months()).hasSize(12);
        assertThat(backtest.wapePercent()).isLessThan(30);
    }

    @Test
    void withTheTrueHazardTheExpectedLeaversOfAConstantRateAreExact() {
        // everyone in the 3 y + band at 0.008 a month: expected leavers of month m = n (1 − p)^m p
        List<Employment> veterans = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            veterans.add(new Employment("V" + i, START.minusYears(5), null, false, null, Map.of(Dimension.TEAM, "T")));
        }
        List<BandHazard> hazards = new ArrayList<>();
        for (TenureBand band : TenureBand.values()) {
            hazards.add(new BandHazard(band, 1, 0, TRUE_RATES[band.ordinal()], 0, 1));
        }

        LeaverForecast forecast = AttritionForecaster.forecast(veterans, hazards, YearMonth.from(START), 12, List.of(),
                Dimension.TEAM);

        double p = 1 - Math.exp(-TRUE_RATES[5]);
        for (int m = 0; m < 12; m++) {
            assertThat(forecast.total().get(m).expected()).isCloseTo(100 * Math.pow(1 - p, m) * p, within(1e-9));
        }
        assertThat(forecast.horizon().expected()).isCloseTo(100 * (1 - Math.pow(1 - p, 12)), within(1e-9));
        assertThat(forecast.byGroup()).containsOnlyKeys("T");
        assertThat(forecast.total().getFirst().lower()).isZero();
        // Binomial(100, 0.00797): P(X ≤ 2) = 0.955, P(X ≤ 3) = 0.993
        assertThat(forecast.total().getFirst().upper()).isEqualTo(3);
    }
}
