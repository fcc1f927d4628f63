package dev.frontline.forecast.engine;

import java.util.List;

/**
 * Engine defaults that serve every queue; nothing here is tuned to one centre.
 *
 * @param backtestWeeks number of weekly rolling origins used to score and select methods; the default 6 matches the
 *                      longest interval horizon, so every lead week of a 6-week forecast has its own backtest residuals
 * @param ensembleSize  how many of the best methods are averaged into the ensemble candidate (1 disables it)
 * @param methods       names of the candidate methods, or an empty list for all of {@link ForecastMethods#names()}
 */
public record ForecastSettings(int backtestWeeks, int ensembleSize, List<String> methods) {

    public ForecastSettings {
        if (backtestWeeks < 1 || backtestWeeks > 26) {
            throw new IllegalArgumentException("backtestWeeks " + backtestWeeks + " must be between 1 and 26");
        }
        if (ensembleSize < 1) {
            throw new IllegalArgumentException("ensembleSize " + ensembleSize + " must be at least 1");
        }
        methods = methods == null ? List.of() : List.copyOf(methods);
        for (String m : methods) {
            ForecastMethods.byName(m);
        }
    }

    public static ForecastSettings defaults() {
        return new ForecastSettings(6, 3, List.of());
    }
}
