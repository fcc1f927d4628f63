package dev.frontline.forecast.engine;

import java.util.List;

/**
 * Engine defaults that serve every queue; nothing here is tuned to one centre.
 *
 * @param backtestWeeks number of weekly rolling origins used to score and select methods; the default 13 (a quarter)
 *                      covers every lead week of a 6-week forecast and gives the nested selection eleven validation
 *                      weeks, enough days for the Diebold–Mariano test to see a real gain (on the corpus, 10 weeks left
 *                      the bank data's clear gain of the Fourier profile just short of significance)
 * @param ensembleSize  members of the ensemble candidate: the best baseline plus the best {@code ensembleSize − 1}
 *                      richer methods (1 disables it)
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
        return new ForecastSettings(13, 3, List.of());
    }
}
