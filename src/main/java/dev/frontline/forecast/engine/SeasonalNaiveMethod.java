package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/** Same weekday last week: each slot repeats the most recent training day on the same weekday (FPP §5.2). */
public final class SeasonalNaiveMethod implements ForecastMethod {

    @Override
    public String name() {
        return "seasonal-naive";
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.seasonal-naive");
    }

    @Override
    public MethodFit fit(TrainingHistory training, List<LocalDate> days) {
        double[][] out = new double[days.size()][];
        for (int i = 0; i < days.size(); i++) {
            List<LocalDate> last = training.recentSameWeekday(days.get(i).getDayOfWeek(), 1);
            if (last.isEmpty()) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.no-weekday", name(), days.get(i).getDayOfWeek()));
            }
            out[i] = training.days().get(last.get(0)).clone();
        }
        return new MethodFit(out, Map.of("lag", "1 week (latest same weekday)"));
    }
}
