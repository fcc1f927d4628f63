package dev.frontline.forecast;

/**
 * One row of a saved version's model-comparison table.
 *
 * @param backtestWapePercent the method's interval WAPE over the rolling-origin backtest, or null when the method
 *                            could not be scored (the detail says why)
 * @param detail              daily WAPE, bias and what was scored, or why the method was not applicable
 */
public record StoredMethodScore(String method, Double backtestWapePercent, boolean chosen, String detail) {
}
