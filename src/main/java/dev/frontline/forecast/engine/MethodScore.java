package dev.frontline.forecast.engine;

import dev.frontline.shared.text.Phrase;

/**
 * One row of the model-comparison table: a candidate's rolling-origin backtest score.
 *
 * @param wapePercent      Σ|y−ŷ|/Σy over all scored intervals, in %
 * @param dailyWapePercent the same over daily totals, in %
 * @param biasPercent      Σ(ŷ−y)/Σy over all scored intervals, in % (positive = over-forecast)
 * @param applicable       false when the method could not be fitted at every origin (see note); scores are 0 then
 */
public record MethodScore(String method, double wapePercent, double dailyWapePercent, double biasPercent,
                          int scoredIntervals, int scoredDays, boolean applicable, boolean chosen, Phrase note) {

    MethodScore asChosen() {
        return new MethodScore(method, wapePercent, dailyWapePercent, biasPercent, scoredIntervals, scoredDays, applicable, true, note);
    }
}
