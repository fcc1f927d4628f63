package dev.frontline.forecast.engine;

import java.time.LocalDate;

import dev.frontline.shared.text.Phrase;

/**
 * A day's total with bounds; closed days have zeros and a reason.
 *
 * @param effect the special-day effect applied, or null on an ordinary day
 * @param note   why a day is closed or special, as a sentence of the bundles; null on an ordinary open day
 */
public record DayForecast(LocalDate date, boolean closed, double offered, double lower80, double upper80,
                          double lower95, double upper95, DayEffect effect, Phrase note) {
}
