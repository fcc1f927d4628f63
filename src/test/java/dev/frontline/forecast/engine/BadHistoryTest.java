package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class BadHistoryTest {

    private static final String HEADER = "date,interval_start,calls\n";

    private static void forecast(List<Observation> history) {
        new ForecastEngine().forecast(ForecastRequest.of("billing", history, IntervalGrain.MINUTES_30, 7));
    }

    private static void csv(String text) throws Exception {
        HistoryCsv.read(new StringReader(text), "history.csv");
    }

    @Test
    void anEmptyHistoryIsRejected() {
        assertThatThrownBy(() -> forecast(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("history for queue 'billing' is empty");
    }

    @Test
    void aSingleDayIsRejectedNamingTheDay() {
        List<Observation> one = Series.weeklyPattern(1).stream().filter(o -> o.date().equals(Series.MONDAY)).toList();
        assertThatThrownBy(() -> forecast(one))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covers 1 day (2024-01-01)").hasMessageContaining("at least 7 days");
    }

    @Test
    void allZerosAreRejected() {
        List<Observation> zeros = Series.weeklyPattern(3).stream().map(o -> Observation.of(o.date(), o.start(), 0)).toList();
        assertThatThrownBy(() -> forecast(zeros))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no offered contacts (all 300 rows are zero)");
    }

    @Test
    void aNegativeCountIsRejectedWithItsDateAndTime() {
        assertThatThrownBy(() -> Observation.of(LocalDate.of(2024, 1, 2), LocalTime.of(9, 0), -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-01-02 09:00").hasMessageContaining("negative");
    }

    @Test
    void aNegativeCountInCsvNamesTheLineAndColumn() {
        assertThatThrownBy(() -> csv(HEADER + "2024-01-01,09:00,12\n2024-01-01,09:30,-3\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("history.csv line 3, column 'calls': '-3' is negative");
    }

    @Test
    void malformedCsvLinesNameTheLine() {
        assertThatThrownBy(() -> csv(HEADER + "2024-01-01,09:00,12\n2024-01-01,09:30\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("history.csv line 3: 2 fields, the header has 3");
        assertThatThrownBy(() -> csv(HEADER + "2024-13-01,09:00,12\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2, column 'date': '2024-13-01'");
        assertThatThrownBy(() -> csv(HEADER + "2024-01-01,9h00,12\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2, column 'interval_start': '9h00'");
        assertThatThrownBy(() -> csv(HEADER + "2024-01-01,09:00,many\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2, column 'calls': 'many' is not a number");
    }

    @Test
    void aMissingColumnOrEmptyFileIsRejected() {
        assertThatThrownBy(() -> csv("date,calls\n2024-01-01,3\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks column 'interval_start'");
        assertThatThrownBy(() -> csv(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> csv(HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no data rows");
    }

    @Test
    void anIntervalHorizonBeyondSixWeeksPointsToTheCapacityForecast() {
        assertThatThrownBy(() -> new ForecastEngine().forecast(ForecastRequest.of("billing", Series.weeklyPattern(4), IntervalGrain.MINUTES_30, 60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use forecastCapacity");
    }
}
