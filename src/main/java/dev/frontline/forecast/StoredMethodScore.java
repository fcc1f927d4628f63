package dev.frontline.forecast;

import dev.frontline.shared.text.Phrase;

/**
 * One row of a saved version's model-comparison table.
 *
 * @param backtestWapePercent the method's interval WAPE over the rolling-origin backtest, or null when the method
 *                            could not be scored (the detail says why)
 * @param detail              daily WAPE, bias and what was scored, or why the method was not applicable, in English
 * @param detailPhrase        the same as a sentence of the bundles, for the reader's language; null for versions
 *                            saved before details were kept as phrases
 */
public record StoredMethodScore(String method, Double backtestWapePercent, boolean chosen, String detail,
                                Phrase detailPhrase) {
}
