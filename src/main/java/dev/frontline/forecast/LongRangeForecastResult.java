package dev.frontline.forecast;

import java.util.List;

import dev.frontline.forecast.engine.LongRangeExplanation;
import dev.frontline.forecast.engine.LongRangeForecast;
import dev.frontline.forecast.engine.LongRangeMonth;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;
import dev.frontline.forecast.engine.LongRangeWeekDetail;
import dev.frontline.shared.text.Phrase;

/**
 * A queue's long-range forecast as the app shows it: weeks (overrides applied) with where each figure came from,
 * calendar months, the model's explanation, and the planner's overrides of the queue.
 */
public record LongRangeForecastResult(String queueCode, String queueName, LongRangeTrend trend, LongRangeForecast forecast,
                                      List<StoredLongRangeOverride> overrides) {

    public LongRangeForecastResult {
        overrides = List.copyOf(overrides);
    }

    /** Week by week from the Monday after the last history week. */
    public List<LongRangeWeek> weeks() {
        return forecast.weeks();
    }

    public List<LongRangeWeekDetail> details() {
        return forecast.details();
    }

    public List<LongRangeMonth> months() {
        return forecast.months();
    }

    public LongRangeExplanation explanation() {
        return forecast.explanation();
    }

    /** How the week at {@code index} was made, in the user's language once rendered. */
    public Phrase explainWeek(int index) {
        return forecast.explainWeek(index);
    }
}
