package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.frontline.forecast.engine.SelectionDecision;

/** Everything one completed run saves, written in one transaction. */
public record NewForecastVersion(long queueId, String createdBy, int grainMinutes, LocalDate horizonStart,
                                 LocalDate horizonEnd, Instant historyFrom, Instant historyTo, int historyIntervals,
                                 String method, String explanation, SelectionDecision decision, List<StoredMethodScore> scores,
                                 List<StoredInterval> intervals) {

    public NewForecastVersion {
        scores = List.copyOf(scores);
        intervals = List.copyOf(intervals);
    }
}
