package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.RequiresSharedData;
import dev.frontline.testing.SharedDataCondition;

/** The fixed accuracy protocol on the real US bank data (Weinberg et al. 2007, fpp2 "calls"); skipped when absent. */
@RequiresSharedData(BankDataProtocolTest.DATA_FILE)
class BankDataProtocolTest {

    static final String DATA_FILE = "callcenter_us_bank_2003_5min/calls_5min.csv";
    static final Path DATA = SharedDataCondition.path(DATA_FILE);

    private static RollingOriginProtocol protocol;

    @BeforeAll
    static void load() {
        List<Observation> rows = HistoryCsv.read(DATA).values().iterator().next();
        protocol = new RollingOriginProtocol(rows, IntervalGrain.MINUTES_30, 10);
    }

    @Test
    void theOriginsAreTheLastTenMondays() {
        assertThat(protocol.origins()).hasSize(10);
        assertThat(protocol.origins().get(0)).hasToString("2003-08-18");
        assertThat(protocol.origins().get(9)).hasToString("2003-10-20");
    }

    @Test
    void theBaselinesReproduceTheReferenceFigures() {
        assertThat(protocol.evaluateBaseline(ForecastMethods.SEASONAL_NAIVE).wapePercent()).isCloseTo(8.76, within(0.05));
        assertThat(protocol.evaluateBaseline(ForecastMethods.WEEKDAY_MEAN_4).wapePercent()).isCloseTo(7.06, within(0.05));
        assertThat(protocol.evaluateBaseline(ForecastMethods.WEEKDAY_MEAN_8).wapePercent()).isCloseTo(7.01, within(0.05));
    }

    @Test
    void theAutomaticSelectionMeetsTheTarget() {
        RollingOriginProtocol.Result auto = protocol.evaluateEngine(new ForecastEngine(), Progress.NONE, Cancellation.NONE);

        assertThat(auto.scoredDays()).isEqualTo(48);
        assertThat(auto.wapePercent()).isLessThanOrEqualTo(6.3);
        assertThat(auto.dailyWapePercent()).isLessThan(protocol.evaluateBaseline(ForecastMethods.WEEKDAY_MEAN_8).dailyWapePercent());
    }
}
