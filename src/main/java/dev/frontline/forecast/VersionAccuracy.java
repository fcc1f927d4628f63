package dev.frontline.forecast;

import java.time.LocalDate;

import dev.frontline.forecast.engine.AccuracyReport;

/**
 * How a version did against the history that has since arrived: the forecast that was used (adjusted, when the
 * planner adjusted it) and the model forecast, both scored by the engine on the same actuals.
 *
 * @param actualsFrom first local day with actuals in the horizon
 * @param actualsTo   last local day with actuals in the horizon
 */
public record VersionAccuracy(long versionId, AccuracyReport used, AccuracyReport model, boolean adjusted,
                              LocalDate actualsFrom, LocalDate actualsTo) {
}
