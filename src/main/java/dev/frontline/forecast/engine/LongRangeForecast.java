package dev.frontline.forecast.engine;

import java.util.List;

import dev.frontline.shared.text.Phrase;

/**
 * A long-range forecast of one queue: weeks (overrides applied), where each week's figure came from, calendar months,
 * and the explanation of the model.
 */
public record LongRangeForecast(String queue, List<LongRangeWeek> weeks, List<LongRangeWeekDetail> details,
                                List<LongRangeMonth> months, LongRangeExplanation explanation) {

    public LongRangeForecast {
        weeks = List.copyOf(weeks);
        details = List.copyOf(details);
        months = List.copyOf(months);
    }

    /** One sentence that says how the week's volume, interval and AHT were made. */
    public Phrase explainWeek(int index) {
        LongRangeWeek w = weeks.get(index);
        LongRangeWeekDetail d = details.get(index);
        Phrase overrides = d.reasons().isEmpty() ? Phrase.of("longrange.week.no-overrides")
                : Phrase.of("longrange.week.overrides", d.volumeOverridePercent(), d.ahtOverridePercent(), d.reasons());
        Phrase season = explanation.annualSeasonality() ? Phrase.of("longrange.week.season", d.seasonalPercent())
                : Phrase.of("longrange.week.no-season");
        return Phrase.of("longrange.week.explain", w.weekStart(), d.lead(), Math.round(w.volume()),
                Math.round(d.underlying()), season, overrides, Math.round(w.lower80()), Math.round(w.upper80()),
                Math.round(w.lower95()), Math.round(w.upper95()), Math.round(w.ahtSeconds()));
    }
}
