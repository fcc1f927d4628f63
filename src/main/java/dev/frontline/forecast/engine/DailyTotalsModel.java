package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/** Forecasts daily totals; {@link DailyProfileMethod} spreads them over the day. */
public interface DailyTotalsModel {

    String name();

    Phrase formula();

    Totals fit(TrainingHistory training, List<LocalDate> days);

    record Totals(double[] values, Map<String, String> parameters) {
    }
}
