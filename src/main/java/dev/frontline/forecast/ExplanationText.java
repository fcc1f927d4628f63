package dev.frontline.forecast;

import java.util.List;
import java.util.stream.Collectors;

import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.ForecastExplanation;
import dev.frontline.forecast.engine.MethodScore;
import dev.frontline.shared.text.Phrase;

/**
 * The engine's explanation and scores as a saved version keeps them: as phrases (bundle key + arguments) that the
 * page renders in the reader's language, and as English text for the REST API, the command line and older readers.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    static String methodLabel(ForecastExplanation e) {
        if (ForecastEngine.ENSEMBLE.equals(e.method())) {
            return ForecastEngine.ENSEMBLE + " (" + String.join(", ", e.members()) + ")";
        }
        return e.method();
    }

    static List<Phrase> lines(ForecastExplanation e, List<Phrase> inputNotes) {
        return e.lines(inputNotes);
    }

    /** The explanation in English, one line per phrase. */
    static String english(List<Phrase> lines) {
        return lines.stream().map(Phrase::english).collect(Collectors.joining("\n"));
    }

    static StoredMethodScore score(MethodScore s) {
        Phrase detail = detail(s);
        return new StoredMethodScore(s.method(), s.applicable() ? s.wapePercent() : null, s.chosen(), detail.english(), detail);
    }

    /** Daily WAPE, bias and what was scored, or why the method could not be scored. */
    static Phrase detail(MethodScore s) {
        if (!s.applicable()) {
            return s.note() == null ? Phrase.of("forecast.score.not-applicable") : s.note();
        }
        Phrase detail = Phrase.of("forecast.score.detail", s.dailyWapePercent(), s.biasPercent(), s.scoredIntervals(),
                s.scoredDays());
        return s.note() == null ? detail : Phrase.of("forecast.score.with-note", detail, s.note());
    }
}
