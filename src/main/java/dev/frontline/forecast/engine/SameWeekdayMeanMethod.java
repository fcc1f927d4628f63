package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/** Mean of the last N same weekdays, slot by slot (a seasonal moving average). */
public final class SameWeekdayMeanMethod implements ForecastMethod {

    private final int weeks;

    public SameWeekdayMeanMethod(int weeks) {
        this.weeks = weeks;
    }

    @Override
    public String name() {
        return "weekday-mean-" + weeks;
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.weekday-mean", weeks);
    }

    @Override
    public MethodFit fit(TrainingHistory training, List<LocalDate> days) {
        double[][] out = new double[days.size()][training.slots()];
        for (int i = 0; i < days.size(); i++) {
            List<LocalDate> recent = training.recentSameWeekday(days.get(i).getDayOfWeek(), weeks);
            if (recent.size() < Math.min(weeks, 2)) {
                throw new MethodNotApplicableException(Phrase.of("forecast.na.few-weekday-days", name(), 2, days.get(i).getDayOfWeek()));
            }
            for (LocalDate d : recent) {
                double[] v = training.days().get(d);
                for (int s = 0; s < v.length; s++) {
                    out[i][s] += v[s] / recent.size();
                }
            }
        }
        return new MethodFit(out, Map.of("weeks", String.valueOf(weeks)));
    }
}
