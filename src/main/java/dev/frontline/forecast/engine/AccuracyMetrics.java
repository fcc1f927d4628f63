package dev.frontline.forecast.engine;

import java.util.OptionalDouble;

/**
 * Accuracy of a forecast against actuals over a set of intervals.
 *
 * @param wapePercent Σ|y−ŷ|/Σy in % (empty when there were no actual contacts)
 * @param biasPercent Σ(ŷ−y)/Σy in %, positive = over-forecast (empty when there were no actual contacts)
 * @param mase        mean |y−ŷ| over the in-sample mean |y_t − y_{t−1 week}| of the training history (Hyndman &amp;
 *                    Koehler 2006; empty without a usable scale)
 */
public record AccuracyMetrics(OptionalDouble wapePercent, OptionalDouble biasPercent, OptionalDouble mase,
                              double actual, double forecast, int intervals) {
}
