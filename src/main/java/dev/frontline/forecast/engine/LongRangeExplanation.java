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
                                   LocalDate historyTo, int historyWeeks, Season season,
                                   LongRangeTrend trend, Phrase intervals, Phrase aht, List<Phrase> notes) {

    /** What the annual season rests on. */
    public enum Season {
        /** Two years or more: the season is fitted and confirmed by a second year. */
        ANNUAL,
        /** One to two years: broad swings seen once, taken with doubt about their size. */
        ONE_YEAR,
        /** Less than a year: no season; the intervals allow for the swing the history showed. */
        NONE
    }

    /** True when two years or more confirm the annual season. */
    public boolean annualSeasonality() {
        return season == Season.ANNUAL;
    }

    public LongRangeExplanation {
        parameters = Map.copyOf(parameters);
        notes = List.copyOf(notes);
    }
}
