package dev.frontline.forecast;

import java.util.List;

import dev.frontline.forecast.engine.SelectionDecision;
import dev.frontline.shared.text.Phrase;

/**
 * A saved forecast version as the planner reads it: what was run, why the model was chosen, the model and adjusted
 * forecast per interval, the adjustments, and the recent history (plus any actuals inside the horizon).
 *
 * @param explanationLines the explanation line by line, for the reader's language; empty for versions saved before
 *                   explanations were kept as phrases ({@code explanation} is the English text then)
 * @param decision why the engine kept a baseline or took a richer model; null for versions saved before decisions were kept
 * @param history offered contacts of the two weeks before the horizon and of any horizon days that have happened
 */
public record ForecastDetail(ForecastVersionSummary version, ForecastQueue queue, String explanation,
                             List<Phrase> explanationLines, SelectionDecision decision, List<StoredMethodScore> scores, List<StoredAdjustment> adjustments,
                             List<ForecastPoint> points, List<ActualPoint> history) {

    public ForecastDetail {
        explanationLines = List.copyOf(explanationLines);
        scores = List.copyOf(scores);
        adjustments = List.copyOf(adjustments);
        points = List.copyOf(points);
        history = List.copyOf(history);
    }

    public double modelTotal() {
        return points.stream().mapToDouble(p -> p.model().offered()).sum();
    }

    public double adjustedTotal() {
        return points.stream().mapToDouble(p -> p.adjusted().offered()).sum();
    }
}
