package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import dev.frontline.shared.text.Phrase;

class LongRangeForecasterTest {

    private static final LocalDate MONDAY = LocalDate.of(2022, 1, 3);
    private final LongRangeForecaster engine = new LongRangeForecaster();

    /** Daily totals: Monday–Friday equal, weekends a third, scaled by {@code level(day)}; optional lognormal noise. */
    private static List<DailyTotal> history(int weeks, ToDoubleFunction<LocalDate> level, double noise, long seed) {
        Random random = new Random(seed);
        List<DailyTotal> days = new ArrayList<>();
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate day = MONDAY.plusDays(d);
            double weekday = day.getDayOfWeek().getValue() >= 6 ? 1.0 / 3 : 1;
            double v = level.applyAsDouble(day) * weekday * Math.exp(noise * random.nextGaussian());
            days.add(new DailyTotal(day, v, 300.0));
        }
        return days;
    }

    private static double annual(LocalDate day) {
        return 1000 * (1 + 0.2 * Math.sin(2 * Math.PI * day.toEpochDay() / 365.2425));
    }

    private static double weekTotal(LocalDate monday, ToDoubleFunction<LocalDate> level) {
        double sum = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            sum += level.applyAsDouble(day) * (day.getDayOfWeek().getValue() >= 6 ? 1.0 / 3 : 1);
        }
        return sum;
    }

    @Test
    void aPureAnnualPatternIsRecoveredFromThreeYears() {
        LongRangeForecast f = engine.forecast(new LongRangeRequest("annual", history(156, LongRangeForecasterTest::annual, 0, 1),
                null, 78, LongRangeTrend.DAMPED, List.of()));

        assertThat(f.explanation().annualSeasonality()).isTrue();
        assertThat(f.weeks()).hasSize(78);
        assertThat(f.weeks().get(0).weekStart()).isEqualTo(MONDAY.plusWeeks(156));
        for (LongRangeWeek w : f.weeks()) {
            double truth = weekTotal(w.weekStart(), LongRangeForecasterTest::annual);
            assertThat(w.volume()).as("week of %s", w.weekStart()).isCloseTo(truth, within(0.01 * truth));
            assertThat(w.ahtSeconds()).isCloseTo(300, within(0.5));
        }
        // peak over trough as in the data, 1.2 / 0.8 (the season is centred on the log scale, so each alone is shifted)
        double max = f.details().stream().mapToDouble(LongRangeWeekDetail::seasonalPercent).max().orElseThrow();
        double min = f.details().stream().mapToDouble(LongRangeWeekDetail::seasonalPercent).min().orElseThrow();
        assertThat((100 + max) / (100 + min)).isCloseTo(1.5, within(0.02));
    }

    @Test
    void aDampedTrendFlattensWhileALinearOneKeepsGrowing() {
        ToDoubleFunction<LocalDate> growth = day -> 1000 * Math.pow(1.005, (day.toEpochDay() - MONDAY.toEpochDay()) / 7.0);
        List<DailyTotal> history = history(40, growth, 0.01, 2); // under a year: no season to mix with the trend

        LongRangeForecast damped = engine.forecast(new LongRangeRequest("q", history, null, 78, LongRangeTrend.DAMPED, List.of()));
        LongRangeForecast linear = engine.forecast(new LongRangeRequest("q", history, null, 78, LongRangeTrend.LINEAR, List.of()));
        LongRangeForecast flat = engine.forecast(new LongRangeRequest("q", history, null, 78, LongRangeTrend.NONE, List.of()));

        double dampedLastStep = damped.weeks().get(77).volume() / damped.weeks().get(76).volume() - 1;
        double dampedFirstStep = damped.weeks().get(1).volume() / damped.weeks().get(0).volume() - 1;
        assertThat(dampedFirstStep).isGreaterThan(0.001);
        assertThat(dampedLastStep).isLessThan(dampedFirstStep / 2).isGreaterThanOrEqualTo(0);
        for (int i = 2; i < 78; i++) {
            double step = damped.weeks().get(i).volume() / damped.weeks().get(i - 1).volume();
            double before = damped.weeks().get(i - 1).volume() / damped.weeks().get(i - 2).volume();
            assertThat(step).as("growth into week %d", i).isLessThanOrEqualTo(before + 1e-12);
        }
        double linearLastStep = linear.weeks().get(77).volume() / linear.weeks().get(76).volume() - 1;
        assertThat(linearLastStep).isCloseTo(0.005, within(0.0015));
        assertThat(linear.weeks().get(77).volume()).isGreaterThan(damped.weeks().get(77).volume());
        assertThat(flat.weeks().get(77).volume()).isCloseTo(flat.weeks().get(0).volume(), within(1e-6));
        assertThat(damped.explanation().parameters()).containsKey("phi");
    }

    @Test
    void intervalsWidenWithTheHorizonAndNestInsideEachOther() {
        for (int weeks : new int[] {40, 130}) {
            LongRangeForecast f = engine.forecast(LongRangeRequest.of("noisy",
                    history(weeks, day -> 1000 * (1 + 0.1 * Math.sin(2 * Math.PI * day.toEpochDay() / 365.2425)), 0.08, 3), 78));
            double previous = 0;
            for (LongRangeWeek w : f.weeks()) {
                assertThat(w.lower95()).isLessThanOrEqualTo(w.lower80());
                assertThat(w.lower80()).isLessThanOrEqualTo(w.volume());
                assertThat(w.volume()).isLessThanOrEqualTo(w.upper80());
                assertThat(w.upper80()).isLessThanOrEqualTo(w.upper95());
                double relative = w.upper80() / w.volume();
                if (!f.explanation().annualSeasonality()) {
                    assertThat(relative).as("%d weeks of history, week of %s", weeks, w.weekStart())
                            .isGreaterThanOrEqualTo(previous - 1e-12);
                }
                previous = relative;
            }
            double first = f.weeks().get(0).upper80() / f.weeks().get(0).volume();
            double last = f.weeks().get(77).upper80() / f.weeks().get(77).volume();
            assertThat(last).as("%d weeks of history", weeks).isGreaterThan(first);
        }
    }

    @Test
    void ahtHasIntervalsThatContainItNestAndWidenWithTheHorizon() {
        Random random = new Random(11);
        List<DailyTotal> days = new ArrayList<>();
        for (DailyTotal d : history(60, day -> 1000, 0.05, 5)) {
            days.add(new DailyTotal(d.date(), d.offered(), 300 * Math.exp(0.06 * random.nextGaussian())));
        }
        LongRangeForecast f = engine.forecast(LongRangeRequest.of("aht", days, 78));
        for (int i = 0; i < f.weeks().size(); i++) {
            LongRangeWeekDetail d = f.details().get(i);
            double aht = f.weeks().get(i).ahtSeconds();
            assertThat(d.ahtLower95()).isLessThan(d.ahtLower80());
            assertThat(d.ahtLower80()).isLessThan(aht);
            assertThat(aht).isLessThan(d.ahtUpper80());
            assertThat(d.ahtUpper80()).isLessThan(d.ahtUpper95());
        }
        LongRangeWeekDetail first = f.details().get(0);
        LongRangeWeekDetail last = f.details().get(77);
        assertThat(last.ahtUpper80() / f.weeks().get(77).ahtSeconds())
                .isGreaterThan(first.ahtUpper80() / f.weeks().get(0).ahtSeconds());
        // the daily noise of 6 % averages to about 2.3 % over a week; the first week's 80 % half-width is of that order
        assertThat(first.ahtUpper80() / f.weeks().get(0).ahtSeconds() - 1).isBetween(0.01, 0.08);
        assertThat(f.months()).allSatisfy(m -> {
            assertThat(m.ahtLower80()).isLessThan(m.ahtSeconds());
            assertThat(m.ahtUpper80()).isGreaterThan(m.ahtSeconds());
            assertThat(m.ahtUpper95()).isGreaterThan(m.ahtUpper80());
        });
    }

    @Test
    void theDampedVarianceTendsToTheLinearOneAsPhiTendsToOne() {
        var damped = new HoltSmoothing.Fit(LongRangeTrend.DAMPED, 0.3, 0.05, 0.99999, 0, 0, 1, 100);
        var linear = new HoltSmoothing.Fit(LongRangeTrend.LINEAR, 0.3, 0.05, 1, 0, 0, 1, 100);
        for (int h : new int[] {1, 2, 10, 50}) {
            assertThat(damped.varianceFactor(h)).isCloseTo(linear.varianceFactor(h), within(1e-3 * linear.varianceFactor(h)));
        }
        var level = new HoltSmoothing.Fit(LongRangeTrend.NONE, 0.3, 0, 1, 0, 0, 1, 100);
        assertThat(level.varianceFactor(1)).isEqualTo(1);
        assertThat(level.varianceFactor(11)).isCloseTo(1 + 0.09 * 10, within(1e-12));
    }

    @Test
    void lessThanAYearFallsBackToNoSeasonAndSaysWhatItCannotKnow() {
        LongRangeForecast f = engine.forecast(LongRangeRequest.of("young",
                history(30, LongRangeForecasterTest::annual, 0.02, 4), 78));

        assertThat(f.explanation().season()).isEqualTo(LongRangeExplanation.Season.NONE);
        assertThat(f.explanation().notes()).extracting(Phrase::key).contains("longrange.note.no-annual", "longrange.note.horizon-longer");
        assertThat(f.explanation().parameters()).containsKey("unexplained_swing_percent");
        // the part of the ±20 % season the 30 weeks showed widens the far intervals well beyond the 2 % noise
        LongRangeWeek far = f.weeks().get(40);
        assertThat(far.upper80() / far.volume()).isGreaterThan(1.10);
        assertThat(f.details()).allSatisfy(d -> assertThat(d.seasonalPercent()).isZero());
        assertThat(f.explainWeek(0).english()).contains("no annual season");
    }

    @Test
    void oneYearGivesABroadSeasonTakenWithDoubt() {
        List<DailyTotal> history = history(60, LongRangeForecasterTest::annual, 0.02, 4);
        LongRangeForecast f = engine.forecast(LongRangeRequest.of("one-year", history, 52));

        assertThat(f.explanation().season()).isEqualTo(LongRangeExplanation.Season.ONE_YEAR);
        assertThat(f.explanation().notes()).extracting(Phrase::key).contains("longrange.note.one-year");
        assertThat(f.explanation().parameters()).containsKey("annual_harmonics");
        for (LongRangeWeek w : f.weeks()) {
            double truth = weekTotal(w.weekStart(), LongRangeForecasterTest::annual);
            assertThat(w.volume()).as("week of %s", w.weekStart()).isCloseTo(truth, within(0.06 * truth));
        }
        // the doubt about a season seen once: at the peak of the season the interval is wider than where it crosses zero
        LongRangeWeekDetail peak = f.details().stream().max(java.util.Comparator.comparingDouble(d -> Math.abs(d.seasonalPercent()))).orElseThrow();
        LongRangeWeekDetail flat = f.details().stream().filter(d -> d.lead() > 20)
                .min(java.util.Comparator.comparingDouble(d -> Math.abs(d.seasonalPercent()))).orElseThrow();
        assertThat(peak.spread80Percent()).isGreaterThan(flat.spread80Percent());
        assertThat(f.explainWeek(0).english()).contains("seen in one year");
    }

    @Test
    void overridesScaleTheWeeksTheyCoverAndAreNamed() {
        List<DailyTotal> history = history(30, day -> 1000, 0, 5);
        LocalDate start = MONDAY.plusWeeks(30);
        LocalDate launch = start.plusWeeks(4).plusDays(2); // a Wednesday
        var override = new LongRangeOverride(launch, null, LongRangeOverride.Measure.VOLUME, 15, "New product launch");
        var longerCalls = new LongRangeOverride(start.plusWeeks(10), start.plusWeeks(10).plusDays(6),
                LongRangeOverride.Measure.AHT, 10, "New tariff questions");

        LongRangeForecast plain = engine.forecast(new LongRangeRequest("q", history, null, 20, LongRangeTrend.NONE, List.of()));
        LongRangeForecast f = engine.forecast(new LongRangeRequest("q", history, null, 20, LongRangeTrend.NONE,
                List.of(override, longerCalls)));

        assertThat(f.weeks().get(3).volume()).isCloseTo(plain.weeks().get(3).volume(), within(1e-6));
        assertThat(f.details().get(3).reasons()).isEmpty();
        double partial = f.weeks().get(4).volume() / plain.weeks().get(4).volume();
        assertThat(partial).isGreaterThan(1.0).isLessThan(1.15);
        assertThat(f.weeks().get(8).volume() / plain.weeks().get(8).volume()).isCloseTo(1.15, within(1e-9));
        assertThat(f.weeks().get(8).upper80() / plain.weeks().get(8).upper80()).isCloseTo(1.15, within(1e-9));
        assertThat(f.details().get(8).volumeOverridePercent()).isCloseTo(15, within(1e-9));
        assertThat(f.details().get(8).reasons()).containsExactly("New product launch");
        assertThat(f.weeks().get(10).ahtSeconds() / plain.weeks().get(10).ahtSeconds()).isCloseTo(1.10, within(1e-9));
        assertThat(f.details().get(10).reasons()).containsExactly("New product launch", "New tariff questions");
        double monthSum = f.months().stream().mapToDouble(LongRangeMonth::volume).sum();
        double weekSum = f.weeks().stream().mapToDouble(LongRangeWeek::volume).sum();
        assertThat(monthSum).isCloseTo(weekSum, within(1e-6 * weekSum));
        assertThat(f.months().get(0).partial()).isFalse(); // the horizon starts on Monday 1 August
        assertThat(f.months().get(f.months().size() - 1).partial()).isTrue();
    }

    @Test
    void monthsAreTighterThanTheirWeeksAddedUpAtTheEdges() {
        LongRangeForecast f = engine.forecast(LongRangeRequest.of("q", history(60, day -> 1000, 0.05, 6), 26));
        LongRangeMonth month = f.months().get(2);
        assertThat(month.partial()).isFalse();
        assertThat(month.days()).isEqualTo(month.month().lengthOfMonth());
        double relMonth = month.upper80() / month.volume();
        double relWeek = f.weeks().get(10).upper80() / f.weeks().get(10).volume();
        assertThat(relMonth).isLessThan(relWeek).isGreaterThan(1);
    }

    @Test
    void badHistoryIsRefusedNamingTheQueueAndWhy() {
        assertThatThrownBy(() -> engine.forecast(LongRangeRequest.of("BILLING", history(5, d -> 100, 0, 7), 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BILLING").hasMessageContaining("at least 8");
        assertThatThrownBy(() -> engine.forecast(LongRangeRequest.of("ZEROS", history(20, d -> 0, 0, 7), 10)))
                .hasMessageContaining("ZEROS").hasMessageContaining("no offered contacts");
        assertThatThrownBy(() -> LongRangeRequest.of("Q", List.of(), 79)).hasMessageContaining("weeks");
        assertThatThrownBy(() -> new LongRangeRequest("Q", List.of(), MONDAY.plusDays(1), 10, null, null))
                .hasMessageContaining("firstWeek");
        assertThatThrownBy(() -> new LongRangeOverride(MONDAY, null, LongRangeOverride.Measure.VOLUME, -100, "x"))
                .hasMessageStartingWith("percent");
    }

    @Test
    void aGapOfWeeksIsLeftOutAndNoted() {
        List<DailyTotal> history = new ArrayList<>(history(40, d -> 1000, 0.02, 8));
        history.removeIf(d -> !d.date().isBefore(MONDAY.plusWeeks(20)) && d.date().isBefore(MONDAY.plusWeeks(23)));
        LongRangeForecast f = engine.forecast(LongRangeRequest.of("gappy", history, 12));
        assertThat(f.explanation().notes()).extracting(Phrase::key).contains("longrange.note.gaps");
        assertThat(f.weeks().get(0).volume()).isCloseTo(weekTotal(MONDAY, d -> 1000), within(60.0));
        assertThat(f.weeks().get(0).weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
}
