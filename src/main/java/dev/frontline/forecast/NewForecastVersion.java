package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.frontline.forecast.engine.SelectionDecision;
import dev.frontline.shared.text.Phrase;

/** Everything one completed run saves, written in one transaction; the explanation as phrases, line by line. */
public record NewForecastVersion(long queueId, String createdBy, int grainMinutes, LocalDate horizonStart,
                                 LocalDate horizonEnd, Instant historyFrom, Instant historyTo, int historyIntervals,
                                 String method, List<Phrase> explanationLines, SelectionDecision decision,
                                 List<StoredMethodScore> scores, List<StoredInterval> intervals) {

    public NewForecastVersion {
        explanationLines = List.copyOf(explanationLines);
        scores = List.copyOf(scores);
        intervals = List.copyOf(intervals);
    }

    /** The explanation in English, as the version's text column keeps it. */
    public String explanation() {
        return ExplanationText.english(explanationLines);
    }
}
