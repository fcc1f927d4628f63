package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** Accuracy of the forecast that was used, overall, per day and per time of day. */
public record AccuracyReport(String queue, AccuracyMetrics overall, Map<LocalDate, AccuracyMetrics> byDay,
                             Map<LocalTime, AccuracyMetrics> byInterval, double maseScale, String note) {

    public AccuracyReport {
        byDay = Map.copyOf(byDay);
        byInterval = Map.copyOf(byInterval);
    }
}
