package dev.frontline.forecast.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.forecast.engine.DailyTotal;

/**
 * Where the long-range backtest gets its centre: daily totals per queue over {@code weeks} weeks ending on
 * {@code lastDay}. The demo centre's generator provides it from outside this feature (the demo seeds forecasts, so
 * the forecast feature may not depend on it).
 */
public interface LongRangeHistorySource {

    /** Names the centre in the benchmark's text, e.g. "the demo centre (seed 20261124)". */
    String describe();

    Map<String, List<DailyTotal>> history(int weeks, LocalDate lastDay);
}
