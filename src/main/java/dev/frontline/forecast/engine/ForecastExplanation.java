package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Why the numbers are what they are: model, formula, fitted parameters, training window and backtest score.
 *
 * @param members           the methods averaged when {@code method} is an ensemble, otherwise just the method
 * @param backtestOrigins   the weekly origins the selection scored
 * @param backtestWapePercent the chosen candidate's backtest WAPE (interval level, or daily for capacity)
 * @param decision          why the selection kept a baseline or took a richer candidate
 */
public record ForecastExplanation(String method, List<String> members, String formula, Map<String, String> parameters,
                                  LocalDate trainingFrom, LocalDate trainingTo, int trainingDays,
                                  List<LocalDate> backtestOrigins, double backtestWapePercent, String selectionRule,
                                  String intervalMethod, String ahtMethod, List<String> notes, SelectionDecision decision) {

    public ForecastExplanation {
        members = List.copyOf(members);
        parameters = Map.copyOf(parameters);
        backtestOrigins = List.copyOf(backtestOrigins);
        notes = List.copyOf(notes);
    }
}
