package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;

import dev.frontline.shared.text.Phrase;

/** One forecasting method: fitted on a training history, it forecasts volume per slot for each target day. */
public interface ForecastMethod {

    String name();

    /** The formula in one line, for explanations and docs. */
    Phrase formula();

    /**
     * @param days open target days on or after the training history's origin
     * @throws MethodNotApplicableException when the history is too short or lacks a weekday
     */
    MethodFit fit(TrainingHistory training, List<LocalDate> days);
}
