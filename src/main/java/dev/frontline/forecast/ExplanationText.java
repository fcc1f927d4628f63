package dev.frontline.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.ForecastExplanation;
import dev.frontline.forecast.engine.MethodScore;

/** The engine's explanation and scores as the plain text a saved version keeps. */
final class ExplanationText {

    private ExplanationText() {
    }

    static String methodLabel(ForecastExplanation e) {
        if (ForecastEngine.ENSEMBLE.equals(e.method())) {
            return ForecastEngine.ENSEMBLE + " (" + String.join(", ", e.members()) + ")";
        }
        return e.method();
    }

    static String of(ForecastExplanation e, List<String> inputNotes) {
        List<String> lines = new ArrayList<>();
        lines.add("Model: " + methodLabel(e));
        lines.add("Formula: " + e.formula());
        if (!e.parameters().isEmpty()) {
            lines.add("Parameters: " + e.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(p -> p.getKey() + " = " + p.getValue()).collect(Collectors.joining(", ")));
        }
        lines.add("Trained on " + e.trainingDays() + " ordinary open days from " + e.trainingFrom() + " to " + e.trainingTo());
        lines.add(String.format(Locale.ROOT, "Backtest WAPE of the chosen model: %.2f %% over origins %s",
                e.backtestWapePercent(), e.backtestOrigins()));
        lines.add("Selection: " + e.selectionRule());
        lines.add("Prediction intervals: " + e.intervalMethod());
        lines.add("AHT: " + e.ahtMethod());
        inputNotes.forEach(n -> lines.add("Input: " + n));
        e.notes().forEach(n -> lines.add("Note: " + n));
        return String.join("\n", lines);
    }

    static StoredMethodScore score(MethodScore s) {
        if (!s.applicable()) {
            return new StoredMethodScore(s.method(), null, s.chosen(), s.note().isBlank() ? "not applicable" : s.note());
        }
        String detail = String.format(Locale.ROOT, "daily WAPE %.2f %%, bias %+.2f %%, %d intervals on %d days",
                s.dailyWapePercent(), s.biasPercent(), s.scoredIntervals(), s.scoredDays());
        if (s.note() != null && !s.note().isBlank()) {
            detail += "; " + s.note();
        }
        return new StoredMethodScore(s.method(), s.wapePercent(), s.chosen(), detail);
    }
}
