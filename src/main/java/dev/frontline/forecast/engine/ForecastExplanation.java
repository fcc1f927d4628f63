package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.frontline.shared.text.Phrase;

/**
 * Why the numbers are what they are: model, formula, fitted parameters, training window and backtest score. Every
 * sentence is a {@link Phrase} (bundle key + arguments), so the UI says it in the planner's language and the command
 * line in English; {@link #lines(List)} is the whole explanation in reading order.
 *
 * @param members           the methods averaged when {@code method} is an ensemble, otherwise just the method
 * @param backtestOrigins   the weekly origins the selection scored
 * @param backtestWapePercent the chosen candidate's backtest WAPE (interval level, or daily for capacity)
 * @param intervalMethod    how the prediction intervals were made, one sentence per lead week
 * @param decision          why the selection kept a baseline or took a richer candidate
 */
public record ForecastExplanation(String method, List<String> members, Phrase formula, Map<String, String> parameters,
                                  LocalDate trainingFrom, LocalDate trainingTo, int trainingDays,
                                  List<LocalDate> backtestOrigins, double backtestWapePercent, Phrase selectionRule,
                                  List<Phrase> intervalMethod, Phrase ahtMethod, List<Phrase> notes, SelectionDecision decision) {

    public ForecastExplanation {
        members = List.copyOf(members);
        parameters = Map.copyOf(parameters);
        backtestOrigins = List.copyOf(backtestOrigins);
        intervalMethod = List.copyOf(intervalMethod);
        notes = List.copyOf(notes);
    }

    /** "ensemble (mean of a, b and c)" or the method's name. */
    public Phrase model() {
        return ForecastEngine.ENSEMBLE.equals(method) ? Phrase.of("forecast.explain.ensemble", method, members)
                : Phrase.of("forecast.explain.method", method);
    }

    /**
     * The explanation line by line: model, formula, parameters, training window, backtest, selection, prediction
     * intervals, AHT, then the inputs' notes (what the service read: holidays, events) and the engine's own notes.
     */
    public List<Phrase> lines(List<Phrase> inputNotes) {
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("forecast.explain.model", model()));
        lines.add(Phrase.of("forecast.explain.formula", formula));
        if (!parameters.isEmpty()) {
            lines.add(Phrase.of("forecast.explain.parameters", parameters.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(p -> p.getKey() + " = " + p.getValue())
                    .collect(Collectors.joining(", "))));
        }
        lines.add(Phrase.of("forecast.explain.trained", trainingDays, trainingFrom, trainingTo));
        lines.add(backtestOrigins.isEmpty() ? Phrase.of("forecast.explain.backtest.none")
                : Phrase.of("forecast.explain.backtest", backtestWapePercent, backtestOrigins.size(),
                        backtestOrigins.get(0), backtestOrigins.get(backtestOrigins.size() - 1)));
        lines.add(Phrase.of("forecast.explain.selection", selectionRule));
        lines.add(Phrase.of("forecast.explain.intervals"));
        intervalMethod.forEach(i -> lines.add(Phrase.of("forecast.explain.interval-line", i)));
        lines.add(Phrase.of("forecast.explain.aht", ahtMethod));
        inputNotes.forEach(n -> lines.add(Phrase.of("forecast.explain.input", n)));
        notes.forEach(n -> lines.add(Phrase.of("forecast.explain.note", n)));
        return lines;
    }

    /** The notes in English, for logs and tests. */
    public List<String> englishNotes() {
        return notes.stream().map(Phrase::english).toList();
    }
}
