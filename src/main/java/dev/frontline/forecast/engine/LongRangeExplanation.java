package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * How a long-range forecast was made: the model in words, its fitted parameters, the history it saw, the interval
 * method, the AHT method and the notes on what it could not know.
 */
public record LongRangeExplanation(Phrase model, Map<String, String> parameters, LocalDate historyFrom,
                                   LocalDate historyTo, int historyWeeks, boolean annualSeasonality,
                                   LongRangeTrend trend, Phrase intervals, Phrase aht, List<Phrase> notes) {

    public LongRangeExplanation {
        parameters = Map.copyOf(parameters);
        notes = List.copyOf(notes);
    }
}
